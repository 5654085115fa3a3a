package org.certflow.incident;

import java.time.Instant;

import org.certflow.shared.EngineClock;

/** A complete incident report (low impact, no AI, no personal data); each test changes what it is about. */
public final class IncidentReportBuilder {

    private Long projectId;
    private String summary = "Laptop left unlocked in the Leeds office";
    private String description = "A developer's laptop was found unlocked at lunch; nobody saw it used.";
    private Instant occurredAt = EngineClock.now().minusSeconds(3600);
    private String systems = "Developer laptop LT-042";
    private boolean involvesAi;
    private boolean personalData;
    private Impact confidentiality = Impact.LOW;
    private Impact integrity = Impact.NONE;
    private Impact availability = Impact.NONE;
    private Impact harmToPeople;

    private IncidentReportBuilder(Long projectId) {
        this.projectId = projectId;
    }

    public static IncidentReportBuilder aReport(Long projectId) {
        return new IncidentReportBuilder(projectId);
    }

    public IncidentReportBuilder summary(String summary) {
        this.summary = summary;
        return this;
    }

    public IncidentReportBuilder description(String description) {
        this.description = description;
        return this;
    }

    public IncidentReportBuilder occurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
        return this;
    }

    public IncidentReportBuilder systems(String systems) {
        this.systems = systems;
        return this;
    }

    public IncidentReportBuilder impact(Impact confidentiality, Impact integrity, Impact availability) {
        this.confidentiality = confidentiality;
        this.integrity = integrity;
        this.availability = availability;
        return this;
    }

    /** An AI system is involved, with this harm to people. */
    public IncidentReportBuilder aiHarm(Impact harmToPeople) {
        this.involvesAi = true;
        this.harmToPeople = harmToPeople;
        return this;
    }

    public IncidentReportBuilder personalData() {
        this.personalData = true;
        return this;
    }

    /** Major: high impact on confidentiality and integrity. */
    public IncidentReportBuilder major() {
        return impact(Impact.HIGH, Impact.HIGH, Impact.NONE);
    }

    public IncidentReport build() {
        return new IncidentReport(projectId, summary, description, occurredAt, systems, involvesAi, personalData,
                confidentiality, integrity, availability, harmToPeople);
    }
}
