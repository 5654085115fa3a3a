package org.certflow.certification;

import static org.certflow.certification.process.CertificationAuditVariables.PROCESS;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the preparation of a certification audit on its own, from the project's certification page ("Prepare
 * certification audit"); the certification project's audit phase calls the same process.
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

    /** The project manager, while no cycle of the project is in progress. */
    @Transactional(readOnly = true)
    public boolean mayPrepare(long projectId, String username) {
        return projects.get(projectId).holders(Role.PROJECT_MANAGER).contains(username)
                && audits.inProgress(projectId).isEmpty();
    }

    /** Starts CertificationAuditProcess for the project; its first step checks the readiness for Stage 1. */
    @Transactional
    public void prepare(long projectId, String username) {
        if (!mayPrepare(projectId, username)) {
            throw new AccessDeniedException("Only the project manager prepares a certification audit, one at a time.");
        }
        runtime.startProcessInstanceByKey(PROCESS, String.valueOf(projectId), Map.of(PROJECT_ID, projectId));
    }
}
