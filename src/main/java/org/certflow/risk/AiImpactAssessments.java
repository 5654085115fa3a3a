package org.certflow.risk;

import static org.certflow.risk.process.AiImpactVariables.AFFECTED_GROUPS;
import static org.certflow.risk.process.AiImpactVariables.FUNDAMENTAL_RIGHTS;
import static org.certflow.risk.process.AiImpactVariables.IMPACT_LEVEL;
import static org.certflow.risk.process.AiImpactVariables.MITIGATIONS;
import static org.certflow.risk.process.AiImpactVariables.SOCIETAL_IMPACT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact assessments of AI systems (ISO 42001 6.1.4): the assessor's draft, the AI governance lead's approval,
 * which sets when the system is assessed again.
 */
@Service
public class AiImpactAssessments {

    private static final int MAX_TEXT = 4000;

    private final AiImpactAssessmentRepository assessments;
    private final AiSystems systems;
    private final ProjectRiskSettings settings;

    AiImpactAssessments(AiImpactAssessmentRepository assessments, AiSystems systems, ProjectRiskSettings settings) {
        this.assessments = assessments;
        this.systems = systems;
        this.settings = settings;
    }

    /** Records a draft; refused input records nothing. Fields are reported by their form keys. */
    @Transactional
    public AiImpactAssessment recordDraft(long aiSystemId, AiImpactInput input, String assessor) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, AFFECTED_GROUPS, input.affectedGroups(), "Name the individuals and groups the system affects.");
        text(errors, FUNDAMENTAL_RIGHTS, input.fundamentalRights(), "Say which fundamental rights are at stake.");
        text(errors, SOCIETAL_IMPACT, input.societalImpact(), "Describe the impact on society.");
        text(errors, MITIGATIONS, input.mitigations(), "Say how the impacts are mitigated.");
        if (input.impactLevel() == null) {
            errors.put(IMPACT_LEVEL, "Rate the overall impact.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRiskException(errors);
        }
        return assessments.save(new AiImpactAssessment(systems.get(aiSystemId).id(), input, assessor,
                EngineClock.now()));
    }

    /** Approves the newest draft; the system is assessed again after the project's re-assessment interval. */
    @Transactional
    public AiImpactAssessment approveLatest(long aiSystemId, String approver) {
        AiImpactAssessment draft = of(aiSystemId).stream().findFirst().filter(a -> !a.isApproved())
                .orElseThrow(() -> new IllegalStateException("AI system " + aiSystemId + " has no draft to approve"));
        LocalDate next = EngineClock.today()
                .plus(settings.of(systems.get(aiSystemId).projectId()).impactAssessmentInterval().period());
        draft.approve(approver, EngineClock.now(), next);
        return assessments.save(draft);
    }

    /** Newest first, drafts sent back included. */
    @Transactional(readOnly = true)
    public List<AiImpactAssessment> of(long aiSystemId) {
        return assessments.findByAiSystemIdOrderByAssessedAtDescIdDesc(aiSystemId);
    }

    @Transactional(readOnly = true)
    public Optional<AiImpactAssessment> latestApproved(long aiSystemId) {
        return of(aiSystemId).stream().filter(AiImpactAssessment::isApproved).findFirst();
    }

    private static void text(Map<String, String> errors, String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.trim().length() > MAX_TEXT) {
            errors.put(field, "At most " + MAX_TEXT + " characters.");
        }
    }
}
