package org.certflow.audit;

import java.util.List;
import java.util.Optional;

import org.certflow.audit.process.CorrectiveActionVariables;
import org.certflow.shared.EngineClock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The findings of a project's internal audits, and their corrective actions kept in step with the process. */
@Service
public class Findings {

    private final FindingRepository findings;

    Findings(FindingRepository findings) {
        this.findings = findings;
    }

    /** The project's findings, oldest first; {@code filter} picks which. */
    @Transactional(readOnly = true)
    public List<Finding> of(long projectId, FindingFilter filter) {
        return findings.findByProjectIdOrderById(projectId).stream()
                .filter(f -> filter.test(f, EngineClock.today())).toList();
    }

    @Transactional(readOnly = true)
    public List<Finding> ofAudit(long auditId) {
        return findings.findByAuditIdOrderById(auditId);
    }

    @Transactional(readOnly = true)
    public Optional<Finding> find(long findingId) {
        return findings.findById(findingId);
    }

    /** A step of an internal audit finding's corrective action: status, texts and log follow in the same transaction. */
    @EventListener
    @Transactional
    public void progress(CorrectiveActionProgressed event) {
        if (!CorrectiveActionVariables.INTERNAL_AUDIT.equals(event.findingSource())) {
            return;
        }
        Finding finding = findings.findById(event.findingId())
                .orElseThrow(() -> new IllegalStateException("No finding " + event.findingId()));
        finding.progress(event.step(), event.text(), event.dueDate(), event.by(), event.at());
        findings.save(finding);
    }
}
