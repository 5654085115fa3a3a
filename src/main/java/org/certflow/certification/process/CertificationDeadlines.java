package org.certflow.certification.process;

import static org.certflow.project.process.ProcessVariables.PHASE_DUE_DATE;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The due dates of CertificationAuditProcess's user tasks, all in one place ({@code ${certificationDeadlines...}} in
 * the model). A task is due a fixed time after it starts, or a fixed time from the audit day it is about; called
 * from the audit and certification phase ({@code phaseDueDate}), it is due by the phase's due date where that comes
 * earlier, but never before the audit it records nor before today. The surveillance cycle and a preparation started
 * on its own have no phase: their tasks keep the fixed times.
 */
@Component
public class CertificationDeadlines {

    static final Period READINESS_REVIEW = Period.ofDays(5);
    static final Period LOGISTICS = Period.ofDays(14);
    static final Period CERTIFICATE = Period.ofDays(30);
    static final Period SURVEILLANCE_AUDIT = Period.ofDays(60);
    /** The evidence pack goes to the certification body this long before Stage 1. */
    static final Period EVIDENCE_PACK_BEFORE_STAGE_1 = Period.ofDays(14);
    /** A report of the certification body is recorded within a week of its audit. */
    static final Period REPORT_AFTER_AUDIT = Period.ofDays(7);
    /** After major nonconformities at Stage 2, the certification body verifies their correction within 90 days. */
    static final Period FOLLOW_UP_AFTER_STAGE_2 = Period.ofDays(90);

    public Date readinessReview(VariableScope process) {
        return byPhase(process, EngineClock.today().plus(READINESS_REVIEW), EngineClock.today());
    }

    public Date logistics(VariableScope process) {
        return byPhase(process, EngineClock.today().plus(LOGISTICS), EngineClock.today());
    }

    public Date certificate(VariableScope process) {
        return byPhase(process, EngineClock.today().plus(CERTIFICATE), EngineClock.today());
    }

    /** The surveillance cycle runs after the phase: the fixed time only. */
    public Date surveillanceAudit() {
        return ProcessValues.endOf(EngineClock.today().plus(SURVEILLANCE_AUDIT));
    }

    Date evidencePack(VariableScope process, LocalDate stage1) {
        return byPhase(process, stage1.minus(EVIDENCE_PACK_BEFORE_STAGE_1), EngineClock.today());
    }

    Date report(VariableScope process, LocalDate auditDay) {
        return byPhase(process, auditDay.plus(REPORT_AFTER_AUDIT), auditDay);
    }

    Date followUp(VariableScope process, LocalDate stage2) {
        return byPhase(process, stage2.plus(FOLLOW_UP_AFTER_STAGE_2), EngineClock.today());
    }

    /** The end of {@code due}, or of the phase's due day if earlier, but not before {@code notBefore}. */
    private static Date byPhase(VariableScope process, LocalDate due, LocalDate notBefore) {
        LocalDate day = due;
        if (process.getVariable(PHASE_DUE_DATE) instanceof Date phaseDue) {
            LocalDate phaseDay = LocalDate.ofInstant(phaseDue.toInstant(), ZoneId.systemDefault());
            day = phaseDay.isBefore(day) ? phaseDay : day;
        }
        return ProcessValues.endOf(day.isBefore(notBefore) ? notBefore : day);
    }
}
