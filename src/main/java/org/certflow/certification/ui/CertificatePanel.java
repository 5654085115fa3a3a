package org.certflow.certification.ui;

import java.util.ArrayList;
import java.util.List;

import org.certflow.certification.Certificate;
import org.certflow.certification.CertificationAudit;
import org.certflow.certification.SurveillanceAudit;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** The certificate: number and validity, its surveillance audits (done and due) and the recertification. */
class CertificatePanel extends Div {

    /** One surveillance audit as planned and, once held, as recorded ({@code held} null until then). */
    private record Surveillance(int number, String due, SurveillanceAudit held) {
    }

    CertificatePanel(CertificationAudit audit) {
        addClassName("certificate-panel");
        Certificate certificate = audit == null ? null : audit.certificate().orElse(null);
        if (certificate == null) {
            add(new Paragraph("No certificate yet: it is recorded after a recommended Stage 2."));
            return;
        }
        add(new Facts().add("Certificate", certificate.number())
                .add("Issued", Dates.day(certificate.issuedOn()))
                .add("Expires", Dates.day(certificate.expiresOn()))
                .add("Recertification prepared from", Dates.day(audit.recertificationStart().orElse(null)))
                .add("Recertification audit", Dates.day(audit.recertificationAuditDate())));

        Grid<Surveillance> surveillance = new Grid<>();
        surveillance.addColumn(s -> "Surveillance audit " + s.number()).setHeader("Audit").setFlexGrow(1);
        surveillance.addColumn(Surveillance::due).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        surveillance.addColumn(s -> s.held() == null ? "Upcoming" : Dates.day(s.held().auditedOn()))
                .setHeader("Held").setAutoWidth(true).setFlexGrow(0);
        surveillance.addColumn(s -> s.held() == null ? Dates.NONE : Texts.orDash(s.held().reportReference()))
                .setHeader("Report").setFlexGrow(1);
        surveillance.addThemeVariants(GridVariant.LUMO_COMPACT);
        surveillance.setAllRowsVisible(true);
        surveillance.setItems(schedule(audit));
        add(new H4("Surveillance audits"), surveillance);
    }

    private static List<Surveillance> schedule(CertificationAudit audit) {
        List<SurveillanceAudit> held = audit.surveillanceAudits();
        List<Surveillance> schedule = new ArrayList<>();
        for (int number = 1; number <= held.size() + audit.surveillanceAuditsLeft(); number++) {
            schedule.add(new Surveillance(number, Dates.day(audit.surveillanceDue(number)),
                    number <= held.size() ? held.get(number - 1) : null));
        }
        return schedule;
    }
}
