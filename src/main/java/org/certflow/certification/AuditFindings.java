package org.certflow.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.certflow.audit.CorrectiveActionProgressed;
import org.certflow.audit.FindingStep;
import org.certflow.project.Project;
import org.certflow.project.ProjectMember;
import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification body's findings of a cycle. The project manager records a stage's findings until that stage
 * is recorded (Stage 1 while preparing, Stage 2 after Stage 1); those that need it then run through their corrective
 * action (CorrectiveActionProcess), verified by an internal auditor of the project who does not own the finding.
 */
@Service
public class AuditFindings {

    public static final String GRADE = "grade";
    public static final String DESCRIPTION = "description";
    public static final String REQUIREMENT = "requirement";
    public static final String OWNER = "owner";

    private final CertificationFindingRepository findings;
    private final CertificationAuditRepository audits;
    private final ProjectService projects;

    AuditFindings(CertificationFindingRepository findings, CertificationAuditRepository audits,
                  ProjectService projects) {
        this.findings = findings;
        this.audits = audits;
        this.projects = projects;
    }

    @Transactional(readOnly = true)
    public List<CertificationFinding> of(long auditId) {
        return findings.findByAuditIdOrderById(auditId);
    }

    @Transactional(readOnly = true)
    public CertificationFinding get(long findingId) {
        return findings.findById(findingId).orElseThrow(() -> new IllegalArgumentException("No finding " + findingId));
    }

    /**
     * The ids of the stage's findings not yet raised that need a corrective action (see
     * {@link AuditStage#needsCorrection}): one each, e.g. as a multi-instance collection.
     */
    @Transactional(readOnly = true)
    public List<Long> toCorrect(long auditId, AuditStage stage) {
        return of(auditId).stream().filter(f -> f.stage() == stage && f.status() == FindingStatus.OPEN
                && stage.needsCorrection(f.grade())).map(CertificationFinding::id).toList();
    }

    /** The project manager, while the stage is the one being recorded. */
    @Transactional(readOnly = true)
    public boolean mayRecord(long auditId, AuditStage stage, String username) {
        CertificationAudit audit = audits.findById(auditId).orElseThrow();
        AuditStatus recording = stage == AuditStage.STAGE_1 ? AuditStatus.PREPARING : AuditStatus.STAGE_1_DONE;
        return audit.status() == recording
                && projects.get(audit.projectId()).holders(Role.PROJECT_MANAGER).contains(username);
    }

    @Transactional
    public CertificationFinding record(long auditId, AuditStage stage, NewFinding finding, String username) {
        if (!mayRecord(auditId, stage, username)) {
            throw new AccessDeniedException("Only the project manager records " + stage.label() + " findings, "
                    + "until " + stage.label() + " is recorded.");
        }
        Project project = projects.get(audits.findById(auditId).orElseThrow().projectId());
        NewFinding valid = validated(project, finding);
        if (stage.needsCorrection(valid.grade()) && verifierFor(project, valid.owner()).isEmpty()) {
            throw new InvalidCertificationInputException(OWNER, "The internal auditor checks the corrective action's "
                    + "effectiveness, so cannot correct it as well: choose someone else of the project.");
        }
        return findings.save(new CertificationFinding(auditId, stage, valid));
    }

    /** Removes a finding recorded by mistake; one already raised as a corrective action stays. */
    @Transactional
    public void remove(long findingId, String username) {
        CertificationFinding finding = get(findingId);
        if (!mayRecord(finding.auditId(), finding.stage(), username) || finding.status() != FindingStatus.OPEN) {
            throw new AccessDeniedException("This finding can no longer be removed.");
        }
        findings.delete(finding);
    }

    /**
     * What a finding's corrective action starts with, after CorrectiveActionProcess's start contract: its source
     * ({@code STAGE1}, {@code STAGE2}), a one-line title, what was found, its grade, its owner, the project's
     * internal auditor to verify its effectiveness, and when it is due.
     */
    public record Correction(String source, String title, String description, FindingGrade grade, String owner,
                             String verifier, LocalDate due) {
    }

    /** The finding is raised as a corrective action: in correction from now on. */
    @Transactional
    public Correction correctionStarted(long findingId) {
        CertificationFinding finding = get(findingId);
        finding.correctionStarted(EngineClock.now());
        findings.save(finding);
        CertificationAudit audit = audits.findById(finding.auditId()).orElseThrow();
        String verifier = verifierFor(projects.get(audit.projectId()), finding.owner())
                .orElseThrow(() -> new IllegalStateException("Project " + audit.projectId() + " has no internal "
                        + "auditor other than " + finding.owner() + " to verify the corrective action"));
        return new Correction(finding.stage().source(), finding.title(), finding.description(), finding.grade(),
                finding.owner(), verifier, audit.correctionDue(finding.stage(), EngineClock.today()));
    }

    /**
     * A step of a finding's corrective action (CorrectiveActionProcess tells each step): found effective, the finding
     * is closed. Steps of other sources' findings are not ours.
     */
    @EventListener
    @Transactional
    public void progress(CorrectiveActionProgressed event) {
        if (AuditStage.ofSource(event.findingSource()).isEmpty() || event.step() != FindingStep.VERIFIED_EFFECTIVE) {
            return;
        }
        CertificationFinding finding = get(event.findingId());
        finding.closed(event.at());
        findings.save(finding);
    }

    /** Who verifies the owner's corrective action: an internal auditor of the project, never the owner. */
    private static Optional<String> verifierFor(Project project, String owner) {
        return project.holders(Role.INTERNAL_AUDITOR).stream().filter(auditor -> !auditor.equals(owner)).findFirst();
    }

    private static NewFinding validated(Project project, NewFinding finding) {
        if (finding.grade() == null) {
            throw new InvalidCertificationInputException(GRADE, "Grade the finding as the certification body did.");
        }
        String description = finding.description() == null ? "" : finding.description().trim();
        if (description.isEmpty() || description.length() > 4000) {
            throw new InvalidCertificationInputException(DESCRIPTION,
                    "Describe the finding as the report states it (at most 4000 characters).");
        }
        String requirement = finding.requirement() == null || finding.requirement().isBlank() ? null
                : finding.requirement().trim();
        if (requirement != null && requirement.length() > 100) {
            throw new InvalidCertificationInputException(REQUIREMENT, "At most 100 characters.");
        }
        if (project.members().stream().map(ProjectMember::username).noneMatch(u -> u.equals(finding.owner()))) {
            throw new InvalidCertificationInputException(OWNER,
                    "Choose who corrects it among the project's people.");
        }
        return new NewFinding(finding.grade(), requirement, description, finding.owner());
    }
}
