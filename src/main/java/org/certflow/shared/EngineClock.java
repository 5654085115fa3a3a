package org.certflow.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * CertFlow's notion of now: the process engine's clock, so tests that move the engine's time (due dates,
 * timers) move CertFlow's records along with it.
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneId.systemDefault());
    }
}
