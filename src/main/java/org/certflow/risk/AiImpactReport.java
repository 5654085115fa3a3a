package org.certflow.risk;

import static org.certflow.shared.Dates.day;

import java.time.LocalDate;
import java.util.List;

import org.certflow.catalog.Standard;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The management review's input on AI system impact assessments (ISO 42001 9.3.2, 6.1.4), for 42001 projects. */
@Component
class AiImpactReport implements ManagementReviewInput {

    private final AiSystems systems;
    private final AiImpactAssessments assessments;
    private final ProjectService projects;
    private final People people;

    AiImpactReport(AiSystems systems, AiImpactAssessments assessments, ProjectService projects, People people) {
        this.systems = systems;
        this.assessments = assessments;
        this.projects = projects;
        this.people = people;
    }

    @Override
    public String title() {
        return "AI system impact assessments";
    }

    @Override
    public int position() {
        return 55;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> facts(long projectId) {
        if (!projects.get(projectId).includes(Standard.ISO42001)) {
            return List.of();
        }
        List<AiSystem> active = systems.of(projectId).stream().filter(s -> !s.isRetired()).toList();
        if (active.isEmpty()) {
            return List.of("No AI systems are listed.");
        }
        LocalDate today = EngineClock.today();
        return active.stream().map(system -> system.name() + " (" + system.role().label() + "): "
                + assessments.latestApproved(system.id()).map(a -> result(a, today))
                        .orElse("no approved impact assessment yet.")).toList();
    }

    private String result(AiImpactAssessment assessment, LocalDate today) {
        return assessment.impactLevel().label().toLowerCase() + " impact, approved "
                + day(assessment.approvedAt()) + " by "
                + people.displayName(assessment.approvedBy()) + (assessment.isCurrentOn(today)
                ? "; next assessment by " + day(assessment.nextAssessment())
                : "; re-assessment overdue since " + day(assessment.nextAssessment())) + ".";
    }
}
