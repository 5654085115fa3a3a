package org.certflow.risk;

import static org.certflow.project.process.ProcessVariables.PROJECT_ID;
import static org.certflow.risk.process.AiImpactVariables.AI_SYSTEM_ID;
import static org.certflow.risk.process.AiImpactVariables.AI_SYSTEM_RETIRED;
import static org.certflow.risk.process.AiImpactVariables.PROCESS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.certflow.catalog.Standard;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The AI systems of an ISO 42001 project. Listing one starts its impact assessments
 * ({@code AiImpactAssessmentProcess}), which repeat on schedule until the system is retired.
 */
@Service
public class AiSystems {

    private final AiSystemRepository systems;
    private final ProjectService projects;
    private final RuntimeService runtime;

    AiSystems(AiSystemRepository systems, ProjectService projects, RuntimeService runtime) {
        this.systems = systems;
        this.projects = projects;
        this.runtime = runtime;
    }

    /** The AI governance lead keeps the inventory, with the project manager. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long projectId, String username) {
        Project project = projects.get(projectId);
        return project.holders(Role.AI_GOVERNANCE_LEAD).contains(username)
                || project.holders(Role.PROJECT_MANAGER).contains(username);
    }

    @Transactional
    public AiSystem add(long projectId, AiSystemInput input, String addedBy) {
        Project project = editableBy(projectId, addedBy);
        if (!project.includes(Standard.ISO42001)) {
            throw new InvalidRiskException(Map.of(AiSystemInput.NAME, "ISO 42001 is not in this project's scope."));
        }
        Map<String, String> errors = errors(input);
        if (input.name() != null && systems.findByProjectIdOrderByName(projectId).stream()
                .anyMatch(s -> s.name().equalsIgnoreCase(input.name().trim()))) {
            errors.put(AiSystemInput.NAME, "The project lists an AI system of that name already.");
        }
        throwIfAny(errors);
        AiSystem system = new AiSystem(projectId);
        system.describe(input.name(), input.purpose(), input.role());
        AiSystem saved = systems.save(system);
        runtime.startProcessInstanceByKey(PROCESS, String.valueOf(projectId),
                Map.of(PROJECT_ID, projectId, AI_SYSTEM_ID, saved.id()));
        return saved;
    }

    /** Changes purpose and role; the name stays, as risks and incidents name the system by it. */
    @Transactional
    public AiSystem change(long aiSystemId, int editedVersion, AiSystemInput input, String changedBy) {
        AiSystem system = get(aiSystemId);
        if (system.version() != editedVersion) {
            throw new OptimisticLockingFailureException("AI system " + aiSystemId + " changed since version "
                    + editedVersion);
        }
        editableBy(system.projectId(), changedBy);
        Map<String, String> errors = errors(new AiSystemInput(system.name(), input.purpose(), input.role()));
        throwIfAny(errors);
        system.describe(system.name(), input.purpose(), input.role());
        return systems.save(system);
    }

    /** Retires the system: its assessments end; those on record stay. */
    @Transactional
    public AiSystem retire(long aiSystemId, String retiredBy) {
        AiSystem system = get(aiSystemId);
        editableBy(system.projectId(), retiredBy);
        system.retire();
        runtime.createMessageCorrelation(AI_SYSTEM_RETIRED).processInstanceVariableEquals(AI_SYSTEM_ID, aiSystemId)
                .correlateAll();
        return systems.save(system);
    }

    @Transactional(readOnly = true)
    public AiSystem get(long aiSystemId) {
        return systems.findById(aiSystemId)
                .orElseThrow(() -> new IllegalArgumentException("No AI system " + aiSystemId));
    }

    /** The project's AI systems, retired ones included, by name. */
    @Transactional(readOnly = true)
    public List<AiSystem> of(long projectId) {
        return systems.findByProjectIdOrderByName(projectId);
    }

    private Project editableBy(long projectId, String username) {
        if (!mayEdit(projectId, username)) {
            throw new AccessDeniedException("Only the project's AI governance leads and project managers keep its "
                    + "AI systems.");
        }
        return projects.get(projectId);
    }

    private static Map<String, String> errors(AiSystemInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.name() == null || input.name().isBlank()) {
            errors.put(AiSystemInput.NAME, "Name the AI system as people in the organisation know it.");
        } else if (input.name().trim().length() > 200) {
            errors.put(AiSystemInput.NAME, "At most 200 characters.");
        }
        if (input.purpose() == null || input.purpose().isBlank()) {
            errors.put(AiSystemInput.PURPOSE, "Say what the system is for and whom it serves.");
        } else if (input.purpose().trim().length() > 2000) {
            errors.put(AiSystemInput.PURPOSE, "At most 2000 characters.");
        }
        if (input.role() == null) {
            errors.put(AiSystemInput.ROLE, "Choose the organisation's role for the system.");
        }
        return errors;
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRiskException(errors);
        }
    }
}
