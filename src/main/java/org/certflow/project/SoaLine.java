package org.certflow.project;

import java.time.Instant;

import org.certflow.catalog.Control;
import org.certflow.catalog.Standard;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of a project's Statement of Applicability: is the control applicable, why (or why not), who owns
 * it, and how far its implementation has come. {@code applicable} is null until someone decided.
 */
@Table("soa_line")
public class SoaLine {

    @Id
    private Long id;
    private Long projectId;
    private Standard standard;
    private String controlId;
    private Boolean applicable;
    private String justification;
    private String owner;
    private ImplementationStatus status;
    private String implementationNotes;
    private String evidence;
    private Instant implementedAt;
    @Version
    private Integer version;

    SoaLine() {
    }

    SoaLine(long projectId, Control control) {
        this.projectId = projectId;
        this.standard = control.standard();
        this.controlId = control.id();
        this.status = ImplementationStatus.NOT_STARTED;
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public Standard standard() {
        return standard;
    }

    public String controlId() {
        return controlId;
    }

    public String controlKey() {
        return Control.key(standard, controlId);
    }

    public Boolean applicable() {
        return applicable;
    }

    public boolean isDecided() {
        return applicable != null && justification != null && !justification.isBlank();
    }

    public String justification() {
        return justification;
    }

    public String owner() {
        return owner;
    }

    public ImplementationStatus status() {
        return status;
    }

    public String implementationNotes() {
        return implementationNotes;
    }

    public String evidence() {
        return evidence;
    }

    public Instant implementedAt() {
        return implementedAt;
    }

    public Integer version() {
        return version;
    }

    void decide(boolean applicable, String justification, String owner) {
        this.applicable = applicable;
        this.justification = justification;
        this.owner = applicable ? owner : null;
    }

    void submitImplementation(String notes, String evidence) {
        this.implementationNotes = notes;
        this.evidence = evidence;
        this.status = ImplementationStatus.IN_REVIEW;
    }

    void acceptImplementation(Instant at) {
        this.status = ImplementationStatus.IMPLEMENTED;
        this.implementedAt = at;
    }

    void returnImplementation() {
        this.status = ImplementationStatus.NOT_STARTED;
    }
}
