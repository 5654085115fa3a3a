package org.certflow.audit.process;

import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_ID;
import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_SOURCE;
import static org.certflow.audit.process.CorrectiveActionVariables.PROJECT_ID;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.certflow.audit.CorrectiveActionProgressed;
import org.certflow.audit.FindingStep;
import org.certflow.shared.EngineClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the finding's owner feature about a step of CorrectiveActionProcess. Listeners run in the engine's
 * transaction: if one fails, the step (the task completion) fails with it.
 */
@Component
class CorrectiveActionEvents {

    private final ApplicationEventPublisher events;

    CorrectiveActionEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void publish(VariableScope process, FindingStep step, String text, LocalDate dueDate, String by) {
        events.publishEvent(new CorrectiveActionProgressed(number(process, PROJECT_ID),
                (String) process.getVariable(FINDING_SOURCE), number(process, FINDING_ID), step, text, dueDate, by,
                EngineClock.now()));
    }

    private static long number(VariableScope process, String name) {
        if (process.getVariable(name) instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("CorrectiveActionProcess has no " + name + " (see CorrectiveActionStart).");
    }
}
