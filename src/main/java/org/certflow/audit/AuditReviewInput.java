package org.certflow.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;

/**
 * The management review's facts from the audit programme (clause 9.3.2 d 1 and 3, g): the audits and their results,
 * coverage, findings by grade, the corrective actions (open, overdue, awaiting the effectiveness check, closed as
 * effective, found not effective), each open nonconformity, and the opportunities for improvement.
 */
@Component
class AuditReviewInput implements ManagementReviewInput {

    private final AuditProgramme programme;
    private final Findings findings;
    private final ProjectService projects;
    private final Requirements requirements;
    private final People people;

    AuditReviewInput(AuditProgramme programme, Findings findings, ProjectService projects, Requirements requirements,
                     People people) {
        this.programme = programme;
        this.findings = findings;
        this.projects = projects;
        this.requirements = requirements;
        this.people = people;
    }

    @Override
    public String title() {
        return "Internal audits, nonconformities and corrective actions";
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public List<String> facts(long projectId) {
        List<Audit> audits = programme.audits(projectId);
        if (audits.isEmpty()) {
            return List.of();
        }
        List<Finding> all = findings.of(projectId, FindingFilter.ALL);
        List<String> facts = new ArrayList<>();
        audits.forEach(audit -> facts.add(describe(audit)));
        AuditCoverage coverage = programme.coverage(projectId);
        facts.add("Coverage: " + coverage.clausesCovered() + " of " + coverage.clauses().size()
                + " requirements of clauses 4-10 and " + coverage.controlsCovered() + " of "
                + coverage.controls().size() + " applicable controls audited.");
        facts.add("Findings: " + (all.isEmpty() ? "none." : Arrays.stream(FindingGrade.values())
                .filter(grade -> count(all, f -> f.grade() == grade) > 0)
                .map(grade -> count(all, f -> f.grade() == grade) + " " + grade.label().toLowerCase())
                .collect(Collectors.joining(", ")) + "."));
        List<Finding> nonconformities = all.stream().filter(f -> f.grade().isNonconformity()).toList();
        if (!nonconformities.isEmpty()) {
            facts.add(correctiveActions(nonconformities));
        }
        Map<String, String> references = requirements.resolve(projects.get(projectId),
                all.stream().map(Finding::requirement).toList()).stream()
                .collect(Collectors.toMap(Requirement::key, Requirement::reference));
        all.stream().filter(f -> f.status().isOpen() || f.grade() == FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT)
                .forEach(f -> facts.add(describe(f, references.getOrDefault(f.requirement(), f.requirement()))));
        return facts;
    }

    private String describe(Audit audit) {
        String heading = "\"" + audit.title() + "\" by " + people.displayName(audit.auditor());
        if (!audit.isCompleted()) {
            return "Audit " + audit.status().label().toLowerCase() + ": " + heading + ", planned for "
                    + Dates.day(audit.plannedDate()) + ".";
        }
        return "Audit completed: " + heading + " on " + Dates.day(audit.completedAt()) + ": "
                + Arrays.stream(Conformity.values()).map(c -> audit.results().stream()
                        .filter(r -> r.result() == c).count() + " " + c.label().toLowerCase())
                        .collect(Collectors.joining(", ")) + ". Conclusion: " + audit.conclusion();
    }

    private static String correctiveActions(List<Finding> nonconformities) {
        LocalDate today = EngineClock.today();
        return "Corrective actions: " + count(nonconformities, f -> f.status().awaitsAction()) + " open ("
                + count(nonconformities, f -> f.isOverdue(today)) + " overdue), "
                + count(nonconformities, f -> f.status() == FindingStatus.IMPLEMENTED)
                + " implemented and awaiting the effectiveness check, "
                + count(nonconformities, f -> f.status() == FindingStatus.CLOSED) + " closed as effective; "
                + count(nonconformities, f -> f.timesFoundNotEffective() > 0) + " found not effective at least once.";
    }

    private String describe(Finding finding, String requirement) {
        String owner = finding.owner() == null ? "" : ", owner " + people.displayName(finding.owner());
        String due = finding.dueDate() == null ? "" : ", due " + Dates.day(finding.dueDate())
                + (finding.isOverdue(EngineClock.today()) ? " (overdue)" : "");
        return finding.grade().label() + " " + finding.reference() + " on " + requirement + " ("
                + finding.status().label().toLowerCase() + owner + due + "): " + finding.description();
    }

    private static long count(List<Finding> findings, Predicate<Finding> which) {
        return findings.stream().filter(which).count();
    }
}
