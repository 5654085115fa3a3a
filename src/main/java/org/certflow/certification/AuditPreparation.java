package org.certflow.certification;

import static org.certflow.certification.process.CertificationAuditVariables.PROCESS;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the preparation of a certification audit on its own, from the project's certification page ("Prepare
 * certification audit"), once the certification project has ended and nothing else starts it: while the project
 * runs, its audit and certification phase calls the process; while a certificate is valid, its surveillance cycle
 * starts the recertification audit three months before expiry. So the page offers it after a cycle ended not
 * certified, after the certificate expired, or in the recertification window when no cycle runs, and never while
 * any instance of the process runs for the project.
 */
@Service
public class AuditPreparation {

    private final ProjectService projects;
    private final CertificationAudits audits;
    private final RuntimeService runtime;

    AuditPreparation(ProjectService projects, CertificationAudits audits, RuntimeService runtime) {
        this.projects = projects;
        this.audits = audits;
        this.runtime = runtime;
    }

    /** The project manager, once the project's process has ended, while no audit runs and the next one is due. */
    @Transactional(readOnly = true)
    public boolean mayPrepare(long projectId, String username) {
        Project project = projects.get(projectId);
        return project.holders(Role.PROJECT_MANAGER).contains(username) && !isRunning(project)
                && !auditRunning(projectId)
                && audits.latest(projectId).map(a -> a.nextAuditDue(EngineClock.today())).orElse(true);
    }

    /** Whether the certification project's process still runs: then its phase prepares the audit. */
    @Transactional(readOnly = true)
    public boolean isRunning(Project project) {
        return runtime.createProcessInstanceQuery().processInstanceId(project.processInstanceId()).count() > 0;
    }

    /**
     * Whether an instance of CertificationAuditProcess runs for the project: a preparation, or a certificate's
     * surveillance cycle, which starts the recertification audit itself.
     */
    @Transactional(readOnly = true)
    public boolean auditRunning(long projectId) {
        return audits.inProgress(projectId).isPresent() || runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS).processInstanceBusinessKey(String.valueOf(projectId)).count() > 0;
    }

    /** Starts CertificationAuditProcess for the project; its first step checks the readiness for Stage 1. */
    @Transactional
    public void prepare(long projectId, String username) {
        if (!mayPrepare(projectId, username)) {
            throw new AccessDeniedException("Only the project manager prepares a certification audit, one at a time, "
                    + "after the project, and only when it is due: after a cycle not certified, or from three "
                    + "months before the certificate expires.");
        }
        runtime.startProcessInstanceByKey(PROCESS, String.valueOf(projectId), Map.of(PROJECT_ID, projectId));
    }
}
