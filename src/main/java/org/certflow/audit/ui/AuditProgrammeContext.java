package org.certflow.audit.ui;

import java.util.Optional;

import org.certflow.audit.AuditProgramme;
import org.certflow.audit.Findings;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;

/**
 * Beside the audit and certification phase's "Conduct internal audit": where the project's audit programme stands,
 * which is what that task's counts and summary report on.
 */
@Component
class AuditProgrammeContext implements TaskContextProvider {

    private final AuditProgramme programme;
    private final Findings findings;

    AuditProgrammeContext(AuditProgramme programme, Findings findings) {
        this.programme = programme;
        this.findings = findings;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        if (!"Task_ConductInternalAudit".equals(task.taskDefinitionKey())) {
            return Optional.empty();
        }
        return Optional.of(new Div(new H3("Internal audit programme"),
                new ProgrammeSummary(task.projectId(), programme, findings),
                new RouterLink("Open the audit programme and findings", AuditProgrammeView.class,
                        AuditProgrammeView.parameters(task.projectId()))));
    }
}
