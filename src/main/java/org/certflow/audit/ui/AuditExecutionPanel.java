package org.certflow.audit.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.certflow.audit.Audit;
import org.certflow.audit.AuditExecution;
import org.certflow.audit.AuditProgramme;
import org.certflow.audit.AuditResult;
import org.certflow.audit.Conformity;
import org.certflow.audit.Findings;
import org.certflow.audit.InvalidAuditInputException;
import org.certflow.audit.NewFinding;
import org.certflow.audit.Requirement;
import org.certflow.security.People;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;

/**
 * The audit panel of "Carry out internal audit": the scope with a result per requirement (select one to record its
 * result; the next one without a result is selected after saving) and the findings, with a form to record one. Its
 * auditor edits until the audit is completed; anyone else sees it read-only.
 */
class AuditExecutionPanel extends Div {

    private final long auditId;
    private final AuditProgramme programme;
    private final AuditExecution execution;
    private final String username;
    private final List<Requirement> scope;
    private final Span progress = new Span();
    private final AuditResultsGrid results;
    private final ResultEditor editor;
    private final FindingsGrid findingsGrid;
    private FindingForm findingForm;
    private Audit audit;

    AuditExecutionPanel(Audit audit, AuditProgramme programme, AuditExecution execution, Findings findings,
                        People people, String username) {
        this.auditId = audit.id();
        this.audit = audit;
        this.programme = programme;
        this.execution = execution;
        this.username = username;
        this.scope = programme.scope(audit);
        addClassName("audit-execution-panel");
        Map<String, String> references = scope.stream()
                .collect(Collectors.toMap(Requirement::key, Requirement::reference));
        results = new AuditResultsGrid(this::lines);
        results.setHeight("22em");
        editor = new ResultEditor(this::saveResult);
        findingsGrid = new FindingsGrid(() -> findings.ofAudit(auditId), references::get, people);
        findingsGrid.setAllRowsVisible(true);
        add(new H3("Audit: " + audit.title()), progress, new RouterLink("Open the audit page", AuditView.class,
                AuditView.parameters(auditId)), new H4("Results per requirement"), results, editor,
                new H4("Findings"), findingsGrid);
        if (execution.mayRecord(audit, username)) {
            results.asSingleSelect().addValueChangeListener(e -> editor.edit(e.getValue()));
            findingForm = new FindingForm(scope, execution.possibleOwners(audit), people::displayName,
                    r -> execution.proposedOwner(this.audit, r.key()), this::recordFinding);
            add(new H4("Record a finding"), findingForm);
        }
        showProgress();
    }

    private List<ScopeLine> lines() {
        return scope.stream().map(r -> new ScopeLine(r, audit.result(r.key()).orElseThrow())).toList();
    }

    private void saveResult(ScopeLine line, Conformity result, String note) {
        try {
            audit = execution.recordResult(auditId, line.requirement().key(), result, note, username);
            refresh();
            lines().stream().filter(l -> !l.result().isRecorded()).findFirst().ifPresentOrElse(next -> {
                results.select(next);
                results.scrollToItem(next);
            }, results::deselectAll);
        } catch (InvalidAuditInputException refused) {
            editor.showErrors(refused.fieldErrors());
        }
    }

    private void recordFinding(NewFinding finding) {
        try {
            String reference = execution.recordFinding(auditId, finding, username).reference();
            audit = programme.get(auditId);
            findingForm.clear();
            refresh();
            Notification.show(reference + " recorded" + (finding.grade().isNonconformity()
                    ? ": its owner has a task for the corrective action." : "."), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidAuditInputException refused) {
            findingForm.showErrors(refused.fieldErrors());
        }
    }

    private void refresh() {
        results.getDataProvider().refreshAll();
        findingsGrid.getDataProvider().refreshAll();
        showProgress();
    }

    private void showProgress() {
        long recorded = audit.results().stream().filter(AuditResult::isRecorded).count();
        progress.setText(recorded + " of " + audit.results().size() + " requirements have a result"
                + (execution.mayRecord(audit, username) ? ": select one to record its result. " : ". "));
    }
}
