package org.certflow.project.ui;

import java.util.List;

import org.certflow.catalog.Catalog;
import org.certflow.project.InvalidSoaDecisionException;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The applicability assessment's work area: the project's SoA lines, and a form for the selected one. After a
 * decision the next line under the current filters is selected, so the assessor can go through the list.
 */
class SoaEditor extends Div {

    private final long projectId;
    private final StatementOfApplicability soa;
    private final Catalog catalog;
    private final SoaGrid lines;
    private final SoaLineForm form;

    SoaEditor(Project project, StatementOfApplicability soa, Catalog catalog, People people) {
        this.projectId = project.id();
        this.soa = soa;
        this.catalog = catalog;
        addClassName("soa-editor");
        lines = new SoaGrid(project.standards().standards(), catalog, people);
        lines.hideDetailColumns();
        form = new SoaLineForm(project.holders(Role.CONTROL_OWNER), people::displayName);
        lines.grid().asSingleSelect().addValueChangeListener(e -> {
            // a reload deselects without the user: the form keeps what they typed
            if (e.isFromClient() || e.getValue() != null) {
                edit(e.getValue());
            }
        });
        form.addSaveListener(this::save);
        lines.setLines(soa.lines(projectId));

        Div panes = new Div(lines, form);
        panes.addClassName("soa-editor-panes");
        add(new H3("Statement of Applicability"), panes);
    }

    private void edit(SoaLine line) {
        form.edit(line, line == null ? null : catalog.control(line.controlKey()).orElseThrow());
    }

    private void save(SoaLineForm.SaveEvent event) {
        SoaLine edited = event.line();
        try {
            soa.decide(edited.id(), edited.version(), event.applicable(), event.justification(), event.owner());
            Notification.show(edited.controlId() + " decided.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reloadAndSelect(edited.id());
        } catch (InvalidSoaDecisionException refused) {
            form.showError(refused.field(), refused.getMessage());
        } catch (OptimisticLockingFailureException conflict) {
            lines.setLines(soa.lines(projectId));
            form.conflict(soa.line(projectId, edited.controlKey()));
        }
    }

    private void reloadAndSelect(long decidedLineId) {
        List<SoaLine> reloaded = soa.lines(projectId);
        lines.setLines(reloaded);
        SoaLine next = lines.lineAfter(decidedLineId);
        lines.grid().select(next);
        if (next == null) {
            edit(null);
        } else {
            lines.grid().scrollToItem(next);
        }
    }
}
