package org.certflow.risk;

import static org.certflow.risk.DemoRiskWork.at;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.certflow.demo.DemoTaskPreparation;
import org.certflow.project.Project;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo labs' risk work, done before their control implementation phase completes its risk and AI impact
 * assessments (which check it): the customer assistant listed and its impact assessment approved, three risks
 * entered and each one's treatment plan approved by its owner in a review. The clock goes back for it and returns.
 */
@Component
@Profile("demo")
class LabsRiskDemo implements DemoTaskPreparation {

    static final String LABS = "Northwind Labs assistant AIMS";
    private static final Set<String> CHECKED_TASKS = Set.of("Task_AssessRisks", "Task_AssessAiImpact");
    private static final String RISK_OWNER = "sam";

    private final DemoRiskWork work;
    private final RiskReviews reviews;

    LabsRiskDemo(DemoRiskWork work, RiskReviews reviews) {
        this.work = work;
        this.reviews = reviews;
    }

    @Override
    public void prepare(long projectId, String taskKey) {
        if (CHECKED_TASKS.contains(taskKey)) {
            work.project(LABS).filter(labs -> labs.id() == projectId && !work.seeded(projectId))
                    .ifPresent(this::seed);
        }
    }

    /** Seeds the labs' risk work in their past, as seen from today. */
    void seed(Project labs) {
        Date resumeAt = ClockUtil.getCurrentTime();
        LocalDate today = LocalDate.now();
        long id = labs.id();
        try {
            at(today.minusWeeks(15));
            AiSystem assistant = work.list(id, "Customer assistant", "Language-model assistant answering "
                    + "customers' questions in the Northwind app.", AiSystemRole.PROVIDER);
            at(today.minusWeeks(11));
            List<Risk> risks = List.of(
                    work.add(id, RISK_OWNER, "Assistant gives harmful financial advice", assistant.name(),
                            RiskThreat.SOCIETAL_IMPACT, 3, 4, 2, 3, RiskTreatment.MITIGATE, "The assistant declines "
                                    + "advice on investments and debt and hands over to a person; answers are "
                                    + "sampled weekly.", "ISO42001:A.9.4", "ISO42001:A.8.2"),
                    work.add(id, RISK_OWNER, "Users do not know they are talking to an AI", assistant.name(),
                            RiskThreat.LACK_OF_TRANSPARENCY, 3, 3, 1, 3, RiskTreatment.MITIGATE, "Every conversation "
                                    + "starts with a notice; the assistant's answers are labelled.", "ISO42001:A.8.2"),
                    work.add(id, RISK_OWNER, "Assistant answers from outdated product data", "Product knowledge base",
                            RiskThreat.INTEGRITY, 3, 3, 2, 2, RiskTreatment.MITIGATE, "Nightly re-indexing of the "
                                    + "product catalogue; stale sources flagged to the content team.",
                            "ISO42001:A.7.4"));
            at(today.minusWeeks(6));
            work.assess(id, assistant, "App users, including minors and people with little financial literacy.",
                    "Consumer protection; privacy; non-discrimination in the service offered.",
                    "Wrong answers at scale can mislead many customers at once.",
                    "Hand-over to a person; refusals for advice topics; weekly sampling of answers.", "moderate");
            at(today.minusWeeks(5));
            work.approveAssessment(id, assistant);
            at(today.minusWeeks(3));
            reviews.startOnDemand(id, risks.stream().map(Risk::id).toList(), RISK_OWNER);
            at(today.minusWeeks(2));
            risks.forEach(risk -> work.review(id, risk));
        } finally {
            ClockUtil.setCurrentTime(resumeAt);
        }
    }
}
