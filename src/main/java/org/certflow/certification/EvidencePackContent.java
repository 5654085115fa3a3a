package org.certflow.certification;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.certflow.catalog.Catalog;
import org.certflow.project.Decision;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;

/**
 * What goes into an evidence pack, read in one transaction: the project, its SoA, its register of documented
 * information, the decisions taken, the latest readiness report (null before the first check), the findings of
 * the latest audit cycle, and the names of the other features' documents in the pack (internal audit reports,
 * management review minutes). {@code people} turns a username into a name, {@code catalog} a control into its title.
 */
record EvidencePackContent(Project project, List<SoaLine> soa, List<DocumentedInformation> register,
                           List<Decision> decisions, ReadinessReport readiness, List<CertificationFinding> findings,
                           List<String> documents, Instant generatedAt, Catalog catalog,
                           Function<String, String> people) {

    String controlTitle(SoaLine line) {
        return catalog.control(line.controlKey()).map(c -> c.title()).orElse("");
    }

    String name(String username) {
        return username == null ? "" : people.apply(username);
    }
}
