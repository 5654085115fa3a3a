package org.certflow.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One audit of a project's internal audit programme: scope, date, auditor, and the result per requirement. */
@Table("audit")
public class Audit {

    @Id
    private Long id;
    private long projectId;
    private String title;
    private LocalDate plannedDate;
    private String auditor;
    private AuditStatus status;
    private String conclusion;
    private String plannedBy;
    private Instant plannedAt;
    private Instant completedAt;
    private String processInstanceId;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "audit")
    private Set<AuditResult> results = new HashSet<>();

    Audit() {
    }

    Audit(AuditPlan plan, List<String> scope, String plannedBy, Instant plannedAt) {
        this.projectId = plan.projectId();
        this.title = plan.title().trim();
        this.plannedDate = plan.plannedDate();
        this.auditor = plan.auditor();
        this.status = AuditStatus.PLANNED;
        this.plannedBy = plannedBy;
        this.plannedAt = plannedAt;
        scope.forEach(key -> results.add(new AuditResult(key, null, null)));
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public LocalDate plannedDate() {
        return plannedDate;
    }

    public String auditor() {
        return auditor;
    }

    public AuditStatus status() {
        return status;
    }

    public String conclusion() {
        return conclusion;
    }

    public String plannedBy() {
        return plannedBy;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Set<AuditResult> results() {
        return Set.copyOf(results);
    }

    public Optional<AuditResult> result(String requirement) {
        return results.stream().filter(r -> r.requirement().equals(requirement)).findFirst();
    }

    public boolean covers(String requirement) {
        return result(requirement).isPresent();
    }

    /** Requirements in scope with no result yet. */
    public List<String> unrecorded() {
        return results.stream().filter(r -> !r.isRecorded()).map(AuditResult::requirement).sorted().toList();
    }

    public boolean isCompleted() {
        return status == AuditStatus.COMPLETED;
    }

    void processStarted(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void record(String requirement, Conformity result, String note) {
        results.removeIf(r -> r.requirement().equals(requirement));
        results.add(new AuditResult(requirement, result, note));
        status = AuditStatus.IN_PROGRESS;
    }

    void complete(String conclusion, Instant at) {
        this.conclusion = conclusion;
        this.completedAt = at;
        this.status = AuditStatus.COMPLETED;
    }
}
