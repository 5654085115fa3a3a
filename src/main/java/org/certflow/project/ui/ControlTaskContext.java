package org.certflow.project.ui;

import java.util.Optional;

import org.certflow.catalog.Catalog;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.People;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

/** Shows the control card on every task about one control (implementation, review of an implementation). */
@Component
class ControlTaskContext implements TaskContextProvider {

    private final StatementOfApplicability soa;
    private final Catalog catalog;
    private final People people;

    ControlTaskContext(StatementOfApplicability soa, Catalog catalog, People people) {
        this.soa = soa;
        this.catalog = catalog;
        this.people = people;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        if (task.controlKey() == null) {
            return Optional.empty();
        }
        return catalog.control(task.controlKey()).map(control ->
                new ControlCard(control, soa.line(task.projectId(), task.controlKey()), people));
    }
}
