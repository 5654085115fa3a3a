package org.certflow.project;

import java.util.List;

import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The record of decisions taken in a project: who decided what, when and why. */
@Service
public class Decisions {

    private final DecisionRepository decisions;

    Decisions(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Transactional
    public Decision record(long projectId, String taskId, String subject, String outcome, String reason,
                           String decidedBy) {
        return decisions.save(new Decision(null, projectId, taskId, subject, outcome, reason, decidedBy,
                EngineClock.now()));
    }

    @Transactional(readOnly = true)
    public List<Decision> of(long projectId) {
        return decisions.findByProjectIdOrderByDecidedAt(projectId);
    }
}
