package org.certflow.audit;

import java.time.LocalDate;

/** Which findings a list shows: all, the nonconformities still open, or the overdue ones; and of one grade or any. */
public record FindingFilter(Scope scope, FindingGrade grade) {

    public static final FindingFilter ALL = new FindingFilter(Scope.ALL, null);

    public enum Scope {
        ALL("All findings"),
        OPEN("Open nonconformities"),
        OVERDUE("Overdue");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    boolean test(Finding finding, LocalDate today) {
        boolean inScope = switch (scope) {
            case ALL -> true;
            case OPEN -> finding.status().isOpen();
            case OVERDUE -> finding.isOverdue(today);
        };
        return inScope && (grade == null || finding.grade() == grade);
    }
}
