package org.certflow.certification.ui;

import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATION_AUDIT_ID;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.certflow.certification.AuditFindings;
import org.certflow.certification.AuditStage;
import org.certflow.certification.CertificationAudit;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.DocumentedInformationRegister;
import org.certflow.certification.EvidencePack;
import org.certflow.certification.Readiness;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.router.RouterLink;

/**
 * What the tasks of CertificationAuditProcess are about: the readiness results (with the register, to fix what
 * failed) when reviewing readiness, the evidence pack when sending it, each stage's findings editor when recording
 * that stage, the certificate with its surveillance audits for the surveillance and recertification tasks, and
 * for the gate of the audit and certification phase (which gets the audit's id back) the stages and the certificate.
 */
@Component
class CertificationTaskContext implements TaskContextProvider {

    private final TaskService tasks;
    private final ProjectService projects;
    private final Readiness readiness;
    private final DocumentedInformationRegister register;
    private final CertificationAudits audits;
    private final AuditFindings findings;
    private final EvidencePack evidencePack;
    private final People people;

    CertificationTaskContext(TaskService tasks, ProjectService projects, Readiness readiness,
                             DocumentedInformationRegister register, CertificationAudits audits,
                             AuditFindings findings, EvidencePack evidencePack, People people) {
        this.tasks = tasks;
        this.projects = projects;
        this.readiness = readiness;
        this.register = register;
        this.audits = audits;
        this.findings = findings;
        this.evidencePack = evidencePack;
        this.people = people;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        long projectId = task.projectId();
        return Optional.ofNullable(switch (task.taskDefinitionKey()) {
            case "Task_ReviewReadiness" -> new Div(new ReadinessPanel(readiness.latest(projectId)),
                    new RegisterEditor(projects.get(projectId), register, people, task.username()),
                    pageLink(projectId));
            case "Task_SendEvidencePack" -> new Div(new EvidencePackLink(projectId, evidencePack),
                    new ReadinessPanel(readiness.latest(projectId)));
            case "Task_RecordStage1Audit" -> findingsEditor(task, AuditStage.STAGE_1);
            case "Task_RecordStage2Audit" -> findingsEditor(task, AuditStage.STAGE_2);
            case "Task_RecordSurveillanceAudit", "Task_PrepareRecertification" -> new Div(
                    new CertificatePanel(audits.get(auditId(task))), new EvidencePackLink(projectId, evidencePack),
                    pageLink(projectId));
            case "Task_ApproveAuditAndCertification" -> outcome(task);
            default -> null;
        });
    }

    /** The phase's gate: how Stage 1 and Stage 2 went, and the certificate if there is one. */
    private Div outcome(TaskRef task) {
        CertificationAudit audit = audits.get(auditId(task));
        return new Div(new AuditRecordPanel(audit, findings.of(audit.id()), people::displayName),
                new H4("Certificate"), new CertificatePanel(audit), pageLink(task.projectId()));
    }

    private FindingsEditor findingsEditor(TaskRef task, AuditStage stage) {
        return new FindingsEditor(auditId(task), stage, projects.get(task.projectId()), findings, people,
                task.username());
    }

    private long auditId(TaskRef task) {
        return ((Number) tasks.getVariable(task.taskId(), CERTIFICATION_AUDIT_ID)).longValue();
    }

    private static RouterLink pageLink(long projectId) {
        return new RouterLink("Open the project's certification page", CertificationView.class,
                CertificationView.parameters(projectId));
    }
}
