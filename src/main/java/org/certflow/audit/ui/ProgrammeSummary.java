package org.certflow.audit.ui;

import java.util.List;

import org.certflow.audit.Audit;
import org.certflow.audit.AuditCoverage;
import org.certflow.audit.AuditProgramme;
import org.certflow.audit.FindingFilter;
import org.certflow.audit.Findings;

import com.vaadin.flow.component.html.Div;

/** Where a project's audit programme stands: audits completed, clauses and controls covered, open nonconformities. */
class ProgrammeSummary extends Div {

    ProgrammeSummary(long projectId, AuditProgramme programme, Findings findings) {
        AuditCoverage coverage = programme.coverage(projectId);
        List<Audit> audits = programme.audits(projectId);
        add(Fact.row(new Fact("Audits completed", audits.stream().filter(Audit::isCompleted).count() + " of "
                        + audits.size()),
                new Fact("Clauses 4-10 audited", coverage.clausesCovered() + " of " + coverage.clauses().size()
                        + " requirements"),
                new Fact("Applicable controls audited", coverage.controlsCovered() + " of "
                        + coverage.controls().size()),
                new Fact("Open nonconformities", String.valueOf(findings.of(projectId,
                        new FindingFilter(FindingFilter.Scope.OPEN, null)).size()))));
    }
}
