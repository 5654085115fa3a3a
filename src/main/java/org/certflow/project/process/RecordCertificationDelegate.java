package org.certflow.project.process;

import static org.certflow.project.process.AuditAndCertificationVariables.CERTIFICATE_EXPIRY_DATE;
import static org.certflow.project.process.AuditAndCertificationVariables.CERTIFICATE_ISSUE_DATE;
import static org.certflow.project.process.AuditAndCertificationVariables.CERTIFICATE_NUMBER;
import static org.certflow.project.process.AuditAndCertificationVariables.CERTIFICATION_OUTCOME;
import static org.certflow.project.process.AuditAndCertificationVariables.CERTIFIED;
import static org.certflow.project.process.ProcessVariables.projectId;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.project.ProjectService;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * "Record certification in the project" (AuditAndCertificationProcess): the certification body's decision as
 * the project manager entered it. It runs in the same transaction as that task's completion, so a certified
 * decision without its certificate details refuses the completion.
 */
@Component
class RecordCertificationDelegate implements JavaDelegate {

    private final ProjectService projects;

    RecordCertificationDelegate(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!CERTIFIED.equals(execution.getVariable(CERTIFICATION_OUTCOME))) {
            projects.notCertified(projectId(execution));
            return;
        }
        String number = (String) execution.getVariable(CERTIFICATE_NUMBER);
        LocalDate issued = date(execution, CERTIFICATE_ISSUE_DATE);
        LocalDate expires = date(execution, CERTIFICATE_EXPIRY_DATE);
        if (number == null || number.isBlank() || issued == null || expires == null) {
            throw new CompletionRefusedException("A certified project needs the certificate number, its issue date "
                    + "and its expiry date.");
        }
        if (!expires.isAfter(issued)) {
            throw new CompletionRefusedException("The certificate must expire after its issue date.");
        }
        projects.certified(projectId(execution), number.trim());
    }

    private static LocalDate date(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new CompletionRefusedException("\"" + value + "\" is not a date (expected e.g. 2027-03-01).");
        }
    }
}
