package org.certflow.risk;

import java.util.List;
import java.util.Set;

import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/** Writes and reads the history of risks; the services that change a risk say here what happened. */
@Component
class RiskHistory {

    /** What makes a treatment plan one its owner has yet to approve. */
    private static final Set<RiskHistoryKind> PLAN_CHANGES = Set.of(RiskHistoryKind.IDENTIFIED,
            RiskHistoryKind.CHANGED, RiskHistoryKind.CONTROLS_CHANGED, RiskHistoryKind.REVIEWED);

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

    /**
     * Whether the owner approved the risk's treatment plan as it stands (ISO 27001 6.1.3 f): in a review, after it
     * was last identified, changed or rated.
     */
    boolean planApproved(long riskId) {
        return of(riskId).stream().map(RiskHistoryEntry::kind)
                .filter(kind -> kind == RiskHistoryKind.PLAN_APPROVED || PLAN_CHANGES.contains(kind))
                .findFirst().filter(kind -> kind == RiskHistoryKind.PLAN_APPROVED).isPresent();
    }
}
