package org.certflow.certification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The evidence pack's lists as CSV (UTF-8, one header row), for the auditor's spreadsheet. */
final class EvidencePackCsv {

    private EvidencePackCsv() {
    }

    static byte[] soa(EvidencePackContent content) {
        return csv(List.of("Standard", "Control", "Title", "Applicable", "Justification", "Owner", "Implementation",
                "Evidence"), content.soa().stream().map(l -> List.of(l.standard().shortName(), l.controlId(),
                content.controlTitle(l), l.applicable() == null ? "undecided" : l.applicable() ? "yes" : "no",
                text(l.justification()), content.name(l.owner()), l.status().label(), text(l.evidence())))
                .toList());
    }

    static byte[] register(EvidencePackContent content) {
        return csv(List.of("Clause", "Standard", "Title", "Reference", "Version", "Approved by", "Approved on"),
                content.register().stream().map(e -> List.of(e.clause(),
                        e.standard() == null ? "both" : e.standard().shortName(), e.title(), e.reference(),
                        text(e.documentVersion()), content.name(e.approvedBy()),
                        e.approvedOn() == null ? "" : e.approvedOn().toString())).toList());
    }

    static byte[] decisions(EvidencePackContent content) {
        return csv(List.of("Subject", "Outcome", "Reason", "Decided by", "Decided at"),
                content.decisions().stream().map(d -> List.of(d.subject(), d.outcome(), text(d.reason()),
                        content.name(d.decidedBy()), d.decidedAt().toString())).toList());
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
