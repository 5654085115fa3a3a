package org.certflow.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.certflow.catalog.Standard;
import org.certflow.security.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A certification project: one organisation, one or both standards, its plan and its people. */
@Table("project")
public class Project {

    @Id
    private Long id;
    private String name;
    private String organisation;
    private StandardsScope standards;
    private StartingPoint startingPoint;
    private String scope;
    private LocalDate startDate;
    private ProjectStatus status;
    private String processInstanceId;
    private String createdBy;
    private Instant createdAt;
    private Instant certifiedAt;
    private String certificateNumber;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "project")
    private Set<ProjectMember> members = new HashSet<>();
    @MappedCollection(idColumn = "project")
    private Set<PhasePlan> phases = new HashSet<>();

    Project() {
    }

    Project(NewProject request, List<PhasePlan> plan, String createdBy, Instant createdAt) {
        this.name = request.name().trim();
        this.organisation = request.organisation().trim();
        this.standards = request.standards();
        this.startingPoint = request.startingPoint();
        this.scope = request.scope().trim();
        this.startDate = request.startDate();
        this.status = ProjectStatus.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        request.people().forEach((role, usernames) -> usernames.forEach(u -> members.add(new ProjectMember(role, u))));
        phases.addAll(plan);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
    }

    public StandardsScope standards() {
        return standards;
    }

    public boolean includes(Standard standard) {
        return standards.includes(standard);
    }

    public StartingPoint startingPoint() {
        return startingPoint;
    }

    public String scope() {
        return scope;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public ProjectStatus status() {
        return status;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant certifiedAt() {
        return certifiedAt;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public Set<ProjectMember> members() {
        return Set.copyOf(members);
    }

    public List<String> holders(Role role) {
        return members.stream().filter(m -> m.role() == role).map(ProjectMember::username).sorted().toList();
    }

    /** The plan in phase order. */
    public List<PhasePlan> phases() {
        return phases.stream().sorted(Comparator.comparing(PhasePlan::phase)).toList();
    }

    public PhasePlan phase(Phase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst()
                .orElseThrow(() -> new IllegalStateException("Project " + id + " has no plan for " + phase));
    }

    /** The phase under way, if any. */
    public Optional<PhasePlan> currentPhase() {
        return phases().stream().filter(PhasePlan::isRunning).findFirst();
    }

    void processStarted(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void certified(String certificateNumber, Instant at) {
        this.status = ProjectStatus.CERTIFIED;
        this.certificateNumber = certificateNumber;
        this.certifiedAt = at;
    }

    void notCertified() {
        this.status = ProjectStatus.NOT_CERTIFIED;
    }
}
