package org.certflow.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.certflow.shared.EngineClock;

/**
 * Checks a finding field by field (requirement, grade, description, owner, dueDate): a nonconformity needs an owner
 * among the project's people other than the auditor, and a due date after today.
 */
final class NewFindingValidator {

    static final int MAX_DESCRIPTION = 4000;

    private NewFindingValidator() {
    }

    static void validate(Audit audit, NewFinding finding, List<String> owners) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (finding.requirement() == null || !audit.covers(finding.requirement())) {
            errors.put("requirement", "Choose the requirement of the audit's scope the finding is about.");
        }
        if (finding.grade() == null) {
            errors.put("grade", "Grade the finding.");
        }
        if (finding.description() == null || finding.description().isBlank()) {
            errors.put("description", "Describe what was found, and the evidence.");
        } else if (finding.description().trim().length() > MAX_DESCRIPTION) {
            errors.put("description", "At most " + MAX_DESCRIPTION + " characters, please.");
        }
        boolean nonconformity = finding.grade() != null && finding.grade().isNonconformity();
        if (finding.owner() == null || finding.owner().isBlank()) {
            if (nonconformity) {
                errors.put("owner", "A nonconformity needs an owner for its corrective action.");
            }
        } else if (!owners.contains(finding.owner())) {
            errors.put("owner", finding.owner().equals(audit.auditor())
                    ? "The auditor checks the corrective action, so cannot own it: choose someone of the project."
                    : "The owner must be one of the project's people.");
        }
        if (nonconformity && finding.dueDate() == null) {
            errors.put("dueDate", "A nonconformity needs a due date for its corrective action.");
        } else if (nonconformity && !finding.dueDate().isAfter(EngineClock.today())) {
            errors.put("dueDate", "The due date must be after today.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidAuditInputException(errors);
        }
    }
}
