package org.certflow.certification.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.certflow.certification.AuditLogistics;
import org.certflow.certification.CertificationAudit;
import org.certflow.certification.CertificationFinding;
import org.certflow.certification.StageReport;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;

/** A cycle's Stage 1 and Stage 2 as recorded: logistics, evidence pack, both reports, and the findings. */
class AuditRecordPanel extends Div {

    AuditRecordPanel(CertificationAudit audit, List<CertificationFinding> findings, Function<String, String> people) {
        addClassName("audit-record");
        add(new H4("Logistics"), audit.logistics().map(AuditRecordPanel::logistics)
                .orElseGet(() -> new Facts().add("Arranged", "Not yet"))
                .add("Evidence pack sent", audit.evidencePackSentOn() == null ? Dates.NONE
                        : Dates.day(audit.evidencePackSentOn()) + " to " + Texts.orDash(audit.evidencePackSentTo())));
        add(new H4("Stage 1"), report(audit.stage1Report()));
        add(new H4("Stage 2"), report(audit.stage2Report()).add("Outcome",
                audit.stage2Outcome() == null ? Dates.NONE : audit.stage2Outcome().label()));
        FindingsGrid grid = new FindingsGrid(people);
        grid.show(findings);
        add(new H4("Findings"), grid);
    }

    private static Facts logistics(AuditLogistics logistics) {
        return new Facts().add("Certification body", logistics.certificationBody())
                .add("Lead auditor", Texts.orDash(logistics.leadAuditor()))
                .add("Audit team", Texts.orDash(logistics.auditTeam()))
                .add("Sites", Texts.orDash(logistics.auditedSites()))
                .add("Stage 1 planned", Dates.day(logistics.stage1Date()))
                .add("Stage 2 planned", Dates.day(logistics.stage2Date()));
    }

    private static Facts report(Optional<StageReport> report) {
        return report.map(r -> new Facts().add("Audited", Dates.day(r.auditedOn()))
                        .add("Report", Texts.orDash(r.reportReference()))
                        .add("Conclusion", Texts.orDash(r.summary())))
                .orElseGet(() -> new Facts().add("Audited", "Not yet"));
    }
}
