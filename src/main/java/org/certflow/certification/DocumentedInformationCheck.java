package org.certflow.certification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.certflow.catalog.Catalog;
import org.certflow.catalog.Clause;
import org.certflow.certification.DocumentedInformationRegister.Coverage;
import org.certflow.project.ProjectService;
import org.certflow.shared.ReadinessCheck;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Readiness, per clause 4-10: every piece of documented information the project's standards require is in the
 * register, with a reference, and approved.
 */
@Component
@Order(1)
class DocumentedInformationCheck implements ReadinessCheck {

    private final DocumentedInformationRegister register;
    private final ProjectService projects;
    private final Catalog catalog;

    DocumentedInformationCheck(DocumentedInformationRegister register, ProjectService projects, Catalog catalog) {
        this.register = register;
        this.projects = projects;
        this.catalog = catalog;
    }

    @Override
    public List<Result> check(long projectId) {
        int standards = projects.get(projectId).standards().standards().size();
        Map<String, List<Coverage>> byClause = register.coverage(projectId).stream().collect(Collectors.groupingBy(
                c -> c.document().mainClause(), LinkedHashMap::new, Collectors.toList()));
        return byClause.entrySet().stream()
                .map(clause -> result(clause.getKey(), clause.getValue(), standards)).toList();
    }

    private Result result(String clause, List<Coverage> coverage, int standards) {
        String requirement = "Clause " + clause + " " + title(clause) + ": mandatory documented information";
        String missing = names(coverage, c -> c.entry() == null, standards);
        String unapproved = names(coverage, c -> c.entry() != null && !c.isApproved(), standards);
        if (missing.isEmpty() && unapproved.isEmpty()) {
            return new Result(requirement, true, "Present and approved: " + names(coverage, c -> true, standards)
                    + ".");
        }
        String finding = (missing.isEmpty() ? "" : "Missing: " + missing + ". ")
                + (unapproved.isEmpty() ? "" : "Not approved: " + unapproved + ".");
        return new Result(requirement, false, finding.trim());
    }

    /** "Title (clause)", naming the standard only where the same document is not due for every standard. */
    private static String names(List<Coverage> coverage, Predicate<Coverage> which, int standards) {
        Map<String, List<MandatoryDocument>> byDocument = coverage.stream().filter(which).map(Coverage::document)
                .collect(Collectors.groupingBy(d -> d.clause() + " " + d.title(), LinkedHashMap::new,
                        Collectors.toList()));
        return byDocument.values().stream().map(same -> same.get(0).title() + " (" + same.get(0).clause()
                + (same.size() < standards ? ", " + same.get(0).standard().shortName() : "") + ")")
                .collect(Collectors.joining("; "));
    }

    private String title(String clause) {
        return catalog.clauses().stream().filter(c -> c.id().equals(clause)).map(Clause::titleIso27001).findFirst()
                .orElse("");
    }
}
