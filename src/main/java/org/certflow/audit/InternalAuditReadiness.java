package org.certflow.audit;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.ReadinessCheck;
import org.springframework.stereotype.Component;

/**
 * Stage 1 readiness from the audit programme: an internal audit completed; the completed audits together found a
 * result (conforming or nonconforming) for every requirement of clauses 4-10 and every control the SoA calls
 * applicable (see {@link AuditCoverage}); and no major nonconformity left open.
 */
@Component
class InternalAuditReadiness implements ReadinessCheck {

    private static final int NAMED = 5;

    private final AuditProgramme programme;
    private final Findings findings;
    private final People people;

    InternalAuditReadiness(AuditProgramme programme, Findings findings, People people) {
        this.programme = programme;
        this.findings = findings;
        this.people = people;
    }

    @Override
    public List<Result> check(long projectId) {
        AuditCoverage coverage = programme.coverage(projectId);
        return List.of(completed(projectId),
                new Result("The internal audits cover clauses 4-10", coverage.clausesNotCovered().isEmpty(),
                        covered(coverage.clausesCovered(), coverage.clauses(), coverage.clausesNotCovered(),
                                "requirements of clauses 4-10")),
                new Result("The internal audits cover the applicable controls", !coverage.controls().isEmpty()
                        && coverage.controlsNotCovered().isEmpty(), coverage.controls().isEmpty()
                        ? "The Statement of Applicability calls no control applicable yet."
                        : covered(coverage.controlsCovered(), coverage.controls(), coverage.controlsNotCovered(),
                                "applicable controls")),
                majorNonconformities(projectId));
    }

    private Result completed(long projectId) {
        List<Audit> completed = programme.audits(projectId).stream().filter(Audit::isCompleted)
                .sorted(Comparator.comparing(Audit::completedAt)).toList();
        if (completed.isEmpty()) {
            return new Result("An internal audit is completed (clause 9.2)", false,
                    "No audit of the programme is completed yet.");
        }
        Audit last = completed.get(completed.size() - 1);
        return new Result("An internal audit is completed (clause 9.2)", true, completed.size()
                + " completed; the last, \"" + last.title() + "\", on " + Dates.day(last.completedAt()) + " by "
                + people.displayName(last.auditor()) + ".");
    }

    private static String covered(int covered, List<Requirement> all, List<Requirement> missing, String what) {
        return covered + " of " + all.size() + " " + what + " audited" + (missing.isEmpty() ? "."
                : "; not yet: " + Requirement.cite(missing, NAMED) + ".");
    }

    private Result majorNonconformities(long projectId) {
        List<Finding> open = findings.of(projectId, new FindingFilter(FindingFilter.Scope.OPEN,
                FindingGrade.MAJOR_NONCONFORMITY));
        return new Result("No major nonconformity is open (clause 10.2)", open.isEmpty(), open.isEmpty()
                ? "None open." : open.size() + " open: " + open.stream().map(f -> f.reference() + " ("
                + f.status().label().toLowerCase() + ", due " + Dates.day(f.dueDate()) + ")")
                .collect(Collectors.joining(", ")) + ".");
    }
}
