package org.certflow.certification;

import java.util.List;
import java.util.Optional;

import org.certflow.shared.EngineClock;
import org.certflow.shared.ReadinessCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness check before Stage 1: the results of every {@link ReadinessCheck} bean of every feature (the
 * documented information and the SoA here; the internal audit, the management review and the risks in theirs),
 * each computed from records, never ticked by hand.
 */
@Service
public class Readiness {

    private final List<ReadinessCheck> checks;
    private final DocumentedInformationRegister register;
    private final ReadinessReportRepository reports;

    Readiness(List<ReadinessCheck> checks, DocumentedInformationRegister register, ReadinessReportRepository reports) {
        this.checks = List.copyOf(checks);
        this.register = register;
        this.reports = reports;
    }

    /** Collects what the processes recorded into the register, runs every check and keeps the report. */
    @Transactional
    public ReadinessReport check(long projectId) {
        register.collect(projectId);
        List<ReadinessCheck.Result> results = checks.stream().flatMap(c -> c.check(projectId).stream()).toList();
        return reports.save(new ReadinessReport(projectId, EngineClock.now(), results));
    }

    @Transactional(readOnly = true)
    public Optional<ReadinessReport> latest(long projectId) {
        return reports.findFirstByProjectIdOrderByCheckedAtDescIdDesc(projectId);
    }
}
