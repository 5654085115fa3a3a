package org.certflow.certification;

import static org.certflow.catalog.Standard.ISO27001;
import static org.certflow.catalog.Standard.ISO42001;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.certflow.catalog.Standard;

/**
 * Documented information that clauses 4-10 of a standard require an organisation to maintain or retain, e.g.
 * the policy (5.2). A certification body asks for each of these at Stage 1; the readiness check looks for each
 * in the project's register of documented information.
 */
public record MandatoryDocument(Standard standard, String clause, String title) {

    /** Orders clause numbers as the standards do: 4.3 before 6.1.2 before 10.2. */
    public static final Comparator<String> CLAUSE_ORDER = MandatoryDocument::compareClauses;

    private static final List<MandatoryDocument> ALL = Stream.of(
            both("4.3", "Scope of the information security management system", "Scope of the AI management system"),
            both("5.2", "Information security policy", "AI policy"),
            both("6.1.2", "Information security risk assessment process", "AI risk assessment process"),
            both("6.1.3", "Statement of Applicability", "Statement of Applicability"),
            both("6.2", "Information security objectives", "AI objectives"),
            both("7.2", "Evidence of competence", "Evidence of competence"),
            both("8.1", "Operational planning and control: evidence that processes run as planned",
                    "Operational planning and control: evidence that processes run as planned"),
            both("8.2", "Results of the information security risk assessments", "Results of the AI risk assessments"),
            both("8.3", "Results of the information security risk treatment", "Results of the AI risk treatment"),
            Stream.of(new MandatoryDocument(ISO42001, "8.4", "Results of the AI system impact assessments")),
            both("9.1", "Monitoring and measurement results", "Monitoring and measurement results"),
            both("9.2", "Audit programme and audit results", "Audit programme and audit results"),
            both("9.3", "Results of management reviews", "Results of management reviews"),
            both("10.2", "Nonconformities, actions taken and results of corrective actions",
                    "Nonconformities, actions taken and results of corrective actions"))
            .flatMap(s -> s).toList();

    /** What the given standards require, in clause order (ISO 27001 before ISO 42001 within a clause). */
    public static List<MandatoryDocument> of(Set<Standard> standards) {
        return ALL.stream().filter(d -> standards.contains(d.standard())).toList();
    }

    /** The main clause of the Harmonized Structure, "4" to "10". */
    public String mainClause() {
        return clause.substring(0, clause.indexOf('.'));
    }

    /** An entry covers this when it names the same clause, for this standard or for both. */
    public boolean isCoveredBy(DocumentedInformation entry) {
        return clause.equals(entry.clause()) && (entry.standard() == null || entry.standard() == standard);
    }

    private static Stream<MandatoryDocument> both(String clause, String iso27001Title, String iso42001Title) {
        return Stream.of(new MandatoryDocument(ISO27001, clause, iso27001Title),
                new MandatoryDocument(ISO42001, clause, iso42001Title));
    }

    private static int compareClauses(String a, String b) {
        String[] left = a.split("[.\\s]+");
        String[] right = b.split("[.\\s]+");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = left[i].matches("\\d+") && right[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
