package org.certflow.risk;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An AI system in a project's scope: what it is for and the organisation's role for it. */
@Table("ai_system")
public class AiSystem {

    @Id
    private Long id;
    private Long projectId;
    private String name;
    private String purpose;
    private AiSystemRole role;
    private boolean retired;
    @Version
    private Integer version;

    AiSystem() {
    }

    AiSystem(long projectId) {
        this.projectId = projectId;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public String name() {
        return name;
    }

    public String purpose() {
        return purpose;
    }

    public AiSystemRole role() {
        return role;
    }

    /** A retired system is no longer assessed; its assessments stay on record. */
    public boolean isRetired() {
        return retired;
    }

    public Integer version() {
        return version;
    }

    void describe(String name, String purpose, AiSystemRole role) {
        this.name = name.trim();
        this.purpose = purpose.trim();
        this.role = role;
    }

    void retire() {
        this.retired = true;
    }
}
