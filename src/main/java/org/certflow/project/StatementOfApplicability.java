package org.certflow.project;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.certflow.catalog.Catalog;
import org.certflow.catalog.Control;
import org.certflow.catalog.Standard;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's Statement of Applicability: applicability decisions, control owners, implementation status. */
@Service
public class StatementOfApplicability {

    private final SoaLineRepository lines;
    private final ProjectRepository projects;
    private final Catalog catalog;

    StatementOfApplicability(SoaLineRepository lines, ProjectRepository projects, Catalog catalog) {
        this.lines = lines;
        this.projects = projects;
        this.catalog = catalog;
    }

    /** Counts per standard, for progress pages and gap reports. */
    public record Summary(int controls, int decided, int applicable, int implemented) {
    }

    @Transactional(readOnly = true)
    public List<SoaLine> lines(long projectId) {
        return lines.findByProjectIdOrderById(projectId);
    }

    @Transactional(readOnly = true)
    public SoaLine line(long projectId, String controlKey) {
        Control control = catalog.control(controlKey)
                .orElseThrow(() -> new IllegalArgumentException("Unknown control " + controlKey));
        return lines.findByProjectIdAndStandardAndControlId(projectId, control.standard(), control.id())
                .orElseThrow(() -> new IllegalArgumentException(controlKey + " is not in project " + projectId));
    }

    /** Control keys of the applicable controls, in catalogue order: one implementation task each. */
    @Transactional(readOnly = true)
    public List<String> applicableControls(long projectId) {
        return lines(projectId).stream().filter(l -> Boolean.TRUE.equals(l.applicable()))
                .map(SoaLine::controlKey).toList();
    }

    /**
     * The applicable controls whose implementation has not been accepted yet: one implementation task each. When
     * the control implementation phase is sent back, only these (e.g. controls made applicable since) start again.
     */
    @Transactional(readOnly = true)
    public List<String> controlsToImplement(long projectId) {
        return lines(projectId).stream()
                .filter(l -> Boolean.TRUE.equals(l.applicable()) && l.status() != ImplementationStatus.IMPLEMENTED)
                .map(SoaLine::controlKey).toList();
    }

    /** Lines still without an applicability decision and its justification. */
    @Transactional(readOnly = true)
    public List<SoaLine> undecided(long projectId) {
        return lines(projectId).stream().filter(l -> !l.isDecided()).toList();
    }

    /**
     * Records whether a control applies and why. An applicable control needs an owner among the project's
     * control owners; if none is given the first control owner is taken.
     */
    @Transactional
    public SoaLine decide(long lineId, boolean applicable, String justification, String owner) {
        return decide(lines.findById(lineId).orElseThrow(), applicable, justification, owner);
    }

    /**
     * As {@link #decide(long, boolean, String, String)}, for someone who edited the line as it was at
     * {@code editedVersion}: if it changed since, nothing is saved and an OptimisticLockingFailureException
     * tells them so, rather than silently overwriting the other person's decision.
     */
    @Transactional
    public SoaLine decide(long lineId, int editedVersion, boolean applicable, String justification, String owner) {
        SoaLine line = lines.findById(lineId).orElseThrow();
        if (line.version() != editedVersion) {
            throw new OptimisticLockingFailureException("SoA line " + lineId + " changed since version "
                    + editedVersion);
        }
        return decide(line, applicable, justification, owner);
    }

    private SoaLine decide(SoaLine line, boolean applicable, String justification, String owner) {
        if (justification == null || justification.isBlank()) {
            throw new InvalidSoaDecisionException(InvalidSoaDecisionException.JUSTIFICATION,
                    "Give a justification: the auditor reads it in the SoA.");
        }
        List<String> controlOwners = projects.findById(line.projectId()).orElseThrow().holders(Role.CONTROL_OWNER);
        String chosen = owner == null || owner.isBlank() ? controlOwners.stream().findFirst().orElse(null) : owner;
        if (applicable && !controlOwners.contains(chosen)) {
            throw new InvalidSoaDecisionException(InvalidSoaDecisionException.OWNER,
                    "The owner must be one of the project's control owners.");
        }
        line.decide(applicable, justification.trim(), chosen);
        return lines.save(line);
    }

    @Transactional
    public void submitImplementation(long projectId, String controlKey, String notes, String evidence) {
        SoaLine line = line(projectId, controlKey);
        line.submitImplementation(notes, evidence);
        lines.save(line);
    }

    @Transactional
    public void reviewImplementation(long projectId, String controlKey, boolean accepted) {
        SoaLine line = line(projectId, controlKey);
        if (accepted) {
            line.acceptImplementation(EngineClock.now());
        } else {
            line.returnImplementation();
        }
        lines.save(line);
    }

    @Transactional(readOnly = true)
    public Map<Standard, Summary> summary(long projectId) {
        Map<Standard, Summary> result = new EnumMap<>(Standard.class);
        for (Standard standard : Standard.values()) {
            List<SoaLine> of = lines(projectId).stream().filter(l -> l.standard() == standard).toList();
            if (!of.isEmpty()) {
                result.put(standard, new Summary(of.size(), (int) of.stream().filter(SoaLine::isDecided).count(),
                        (int) of.stream().filter(l -> Boolean.TRUE.equals(l.applicable())).count(),
                        (int) of.stream().filter(l -> l.status() == ImplementationStatus.IMPLEMENTED).count()));
            }
        }
        return result;
    }
}
