package org.certflow.risk;

import java.util.List;

import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/** Writes and reads the history of risks; the services that change a risk say here what happened. */
@Component
class RiskHistory {

    private final RiskHistoryRepository entries;

    RiskHistory(RiskHistoryRepository entries) {
        this.entries = entries;
    }

    void record(long riskId, RiskHistoryKind kind, String actor, String note) {
        entries.save(new RiskHistoryEntry(null, riskId, EngineClock.now(), actor, kind, note));
    }

    /** Newest first. */
    List<RiskHistoryEntry> of(long riskId) {
        return entries.findByRiskIdOrderByHappenedAtDescIdDesc(riskId);
    }
}
