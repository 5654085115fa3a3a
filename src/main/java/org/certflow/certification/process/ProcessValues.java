package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATION_AUDIT_ID;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.certflow.certification.InvalidCertificationInputException;
import org.certflow.shared.CompletionRefusedException;

/**
 * The audit processes' record, their due dates, and handing the services' refusals to the person completing the
 * task.
 */
final class ProcessValues {

    private ProcessValues() {
    }

    static long auditId(VariableScope scope) {
        if (scope.getVariable(CERTIFICATION_AUDIT_ID) instanceof Number id) {
            return id.longValue();
        }
        throw new IllegalStateException("The process has no " + CERTIFICATION_AUDIT_ID + " variable.");
    }

    /** Runs a service call; input it refuses refuses the task's completion with the same message. */
    static <T> T refusing(Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidCertificationInputException refused) {
            throw new CompletionRefusedException(refused.getMessage());
        }
    }

    static void refusing(Runnable work) {
        refusing(() -> {
            work.run();
            return null;
        });
    }

    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** Due dates fall at the end of their day, as the certification processes' do. */
    static Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZoneId.systemDefault()).toInstant());
    }
}
