package org.certflow.certification;

import static org.certflow.certification.process.CertificationAuditVariables.PROCESS;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the preparation of a certification audit on its own, from the project's certification page ("Prepare
 * certification audit"), once the certification project has ended (certified: the recertification; not certified:
 * another attempt). While the project runs, its audit and certification phase calls the same process.
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

    /** The project manager, once the project's process has ended and while no cycle of it is in progress. */
    @Transactional(readOnly = true)
    public boolean mayPrepare(long projectId, String username) {
        Project project = projects.get(projectId);
        return project.holders(Role.PROJECT_MANAGER).contains(username) && !isRunning(project)
                && audits.inProgress(projectId).isEmpty();
    }

    /** Whether the certification project's process still runs: then its phase prepares the audit. */
    @Transactional(readOnly = true)
    public boolean isRunning(Project project) {
        return runtime.createProcessInstanceQuery().processInstanceId(project.processInstanceId()).count() > 0;
    }

    /** Starts CertificationAuditProcess for the project; its first step checks the readiness for Stage 1. */
    @Transactional
    public void prepare(long projectId, String username) {
        if (!mayPrepare(projectId, username)) {
            throw new AccessDeniedException("Only the project manager prepares a certification audit, one at a time, "
                    + "and only after the project: until then its audit and certification phase prepares it.");
        }
        runtime.startProcessInstanceByKey(PROCESS, String.valueOf(projectId), Map.of(PROJECT_ID, projectId));
    }
}
