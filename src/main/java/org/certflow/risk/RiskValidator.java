package org.certflow.risk;

import static org.certflow.risk.RiskInput.ASSET;
import static org.certflow.risk.RiskInput.CONTROLS;
import static org.certflow.risk.RiskInput.IMPACT;
import static org.certflow.risk.RiskInput.LIKELIHOOD;
import static org.certflow.risk.RiskInput.NEXT_REVIEW;
import static org.certflow.risk.RiskInput.OWNER;
import static org.certflow.risk.RiskInput.RESIDUAL_IMPACT;
import static org.certflow.risk.RiskInput.RESIDUAL_LIKELIHOOD;
import static org.certflow.risk.RiskInput.THREAT;
import static org.certflow.risk.RiskInput.TITLE;
import static org.certflow.risk.RiskInput.TREATMENT;
import static org.certflow.risk.RiskInput.TREATMENT_PLAN;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.certflow.catalog.Standard;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/** The rules a risk must meet before it is saved; every broken rule is reported at its field. */
@Component
class RiskValidator {

    private static final int MAX_NAME = 200;
    private static final int MAX_PLAN = 2000;

    private final StatementOfApplicability soa;
    private final AiSystemRepository aiSystems;
    private final People people;

    RiskValidator(StatementOfApplicability soa, AiSystemRepository aiSystems, People people) {
        this.soa = soa;
        this.aiSystems = aiSystems;
        this.people = people;
    }

    void validate(Project project, RiskInput input, ReviewInterval reviewInterval) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, TITLE, input.title(), MAX_NAME, "Name the risk: its owner and the auditor find it by this name.");
        text(errors, ASSET, input.asset(), MAX_NAME, "Say which information asset or AI system is at risk.");
        if (input.threat() == null) {
            errors.put(THREAT, "Choose what can go wrong.");
        } else if (input.threat().isAiHarm() && !project.includes(Standard.ISO42001)) {
            errors.put(THREAT, "AI harms are assessed with ISO 42001, which is not in this project's scope: choose a "
                    + "loss of confidentiality, integrity or availability.");
        } else if (input.threat().isAiHarm() && !errors.containsKey(ASSET)) {
            checkAiSystem(errors, project, input.asset());
        }
        checkRatings(errors, input.likelihood(), input.impact(), input.residualLikelihood(), input.residualImpact());
        checkOwner(errors, project, input.owner());
        checkTreatment(errors, project, input.treatment(), input.treatmentPlan(), input.controls(),
                "A mitigated risk names the controls of the Statement of Applicability that treat it.");
        checkNextReview(errors, input.nextReview(), reviewInterval);
        throwIfAny(errors);
    }

    /**
     * A review changes the ratings, the treatment and its plan; the risk's controls are changed on the review
     * task's page beforehand (see {@link #validateControls}).
     */
    void validateReview(Project project, ReviewInput review, Set<String> controls) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkRatings(errors, review.likelihood(), review.impact(), review.residualLikelihood(),
                review.residualImpact());
        checkTreatment(errors, project, review.treatment(), review.treatmentPlan(), controls,
                "A mitigated risk names the controls of the Statement of Applicability that treat it: choose them "
                        + "under \"Controls that treat the risk\" on this task's page, then complete the review.");
        throwIfAny(errors);
    }

    /** The controls linked to a risk: applicable lines of the project's Statement of Applicability. */
    void validateControls(Project project, Set<String> controls) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkControls(errors, project, controls);
        throwIfAny(errors);
    }

    private static void text(Map<String, String> errors, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.trim().length() > max) {
            errors.put(field, "At most " + max + " characters.");
        }
    }

    private void checkAiSystem(Map<String, String> errors, Project project, String asset) {
        List<String> names = aiSystems.findByProjectIdOrderByName(project.id()).stream()
                .filter(s -> !s.isRetired()).map(AiSystem::name).toList();
        if (names.isEmpty()) {
            errors.put(ASSET, "AI harms are assessed per AI system: list the AI system under \"AI systems\" first.");
        } else if (names.stream().noneMatch(name -> name.equalsIgnoreCase(asset.trim()))) {
            errors.put(ASSET, "An AI harm is about one of the project's AI systems: " + String.join(", ", names) + ".");
        }
    }

    private static void checkRatings(Map<String, String> errors, Integer likelihood, Integer impact,
                                     Integer residualLikelihood, Integer residualImpact) {
        rating(errors, LIKELIHOOD, likelihood);
        rating(errors, IMPACT, impact);
        rating(errors, RESIDUAL_LIKELIHOOD, residualLikelihood);
        rating(errors, RESIDUAL_IMPACT, residualImpact);
        notWorse(errors, RESIDUAL_LIKELIHOOD, residualLikelihood, likelihood, "likely");
        notWorse(errors, RESIDUAL_IMPACT, residualImpact, impact, "damaging");
    }

    private static void rating(Map<String, String> errors, String field, Integer value) {
        if (!RiskMatrix.isRating(value)) {
            errors.put(field, "Rate from " + RiskMatrix.MIN + " to " + RiskMatrix.MAX + ".");
        }
    }

    private static void notWorse(Map<String, String> errors, String field, Integer residual, Integer inherent,
                                 String what) {
        if (!errors.containsKey(field) && RiskMatrix.isRating(inherent) && residual > inherent) {
            errors.put(field, "Treatment does not make a risk more " + what + ": at most " + inherent + ".");
        }
    }

    private void checkOwner(Map<String, String> errors, Project project, String owner) {
        List<String> riskOwners = project.holders(Role.RISK_OWNER);
        if (owner == null || !riskOwners.contains(owner)) {
            errors.put(OWNER, "The owner must hold the risk owner role in this project: "
                    + riskOwners.stream().map(people::displayName).collect(Collectors.joining(", ")) + ".");
        }
    }

    private void checkTreatment(Map<String, String> errors, Project project, RiskTreatment treatment, String plan,
                                Set<String> controls, String controlsMissing) {
        if (treatment == null) {
            errors.put(TREATMENT, "Choose how the risk is treated.");
        }
        text(errors, TREATMENT_PLAN, plan, MAX_PLAN, treatment == RiskTreatment.ACCEPT
                ? "Say why the risk is acceptable as it is." : "Say how the risk is treated (ISO 27001 6.1.3 e).");
        checkControls(errors, project, controls);
        if (!errors.containsKey(CONTROLS) && treatment == RiskTreatment.MITIGATE && controls.isEmpty()) {
            errors.put(CONTROLS, controlsMissing);
        }
    }

    private void checkControls(Map<String, String> errors, Project project, Set<String> controls) {
        Map<String, SoaLine> lines = soa.lines(project.id()).stream()
                .collect(Collectors.toMap(SoaLine::controlKey, Function.identity()));
        List<String> problems = controls.stream().sorted().map(key -> controlProblem(key, lines.get(key)))
                .filter(Objects::nonNull).toList();
        if (!problems.isEmpty()) {
            errors.put(CONTROLS, String.join(" ", problems));
        }
    }

    private static String controlProblem(String key, SoaLine line) {
        if (line == null) {
            return key + " is not in this project's Statement of Applicability.";
        }
        return Boolean.FALSE.equals(line.applicable())
                ? key + " is not applicable in this project's Statement of Applicability." : null;
    }

    private static void checkNextReview(Map<String, String> errors, LocalDate nextReview, ReviewInterval interval) {
        LocalDate today = EngineClock.today();
        LocalDate latest = today.plus(interval.period());
        if (nextReview == null) {
            errors.put(NEXT_REVIEW, "Set the date of the next review.");
        } else if (nextReview.isBefore(today)) {
            errors.put(NEXT_REVIEW, "The next review cannot be in the past.");
        } else if (nextReview.isAfter(latest)) {
            errors.put(NEXT_REVIEW, "Risks are reviewed " + interval.label().toLowerCase()
                    + " in this project: by " + latest + " at the latest.");
        }
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRiskException(errors);
        }
    }
}
