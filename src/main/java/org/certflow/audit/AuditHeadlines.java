package org.certflow.audit;

import java.util.List;

import org.certflow.project.Phase;
import org.certflow.project.ProjectService;
import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.HeadlineFigure.State;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal audit programme at a glance on the project's page: audits completed of those planned (none planned
 * needs attention once the audit and certification phase has started), open nonconformities (a major one is
 * serious) and corrective actions past their due date.
 */
@Service
public class AuditHeadlines {

    private final AuditProgramme programme;
    private final Findings findings;
    private final ProjectService projects;

    AuditHeadlines(AuditProgramme programme, Findings findings, ProjectService projects) {
        this.programme = programme;
        this.findings = findings;
        this.projects = projects;
    }

    @Transactional(readOnly = true)
    public List<HeadlineFigure> of(long projectId) {
        List<Finding> open = findings.of(projectId, new FindingFilter(FindingFilter.Scope.OPEN, null));
        return List.of(audits(projectId), openNonconformities(open),
                HeadlineFigure.count("Corrective actions overdue",
                        findings.of(projectId, new FindingFilter(FindingFilter.Scope.OVERDUE, null)).size(),
                        State.ALARM));
    }

    private HeadlineFigure audits(long projectId) {
        List<Audit> audits = programme.audits(projectId);
        if (audits.isEmpty()) {
            boolean due = projects.get(projectId).phase(Phase.AUDIT_AND_CERTIFICATION).hasStarted();
            return new HeadlineFigure("Audits completed", "None planned yet", due ? State.ATTENTION : State.OK);
        }
        return new HeadlineFigure("Audits completed", audits.stream().filter(Audit::isCompleted).count() + " of "
                + audits.size(), State.OK);
    }

    private static HeadlineFigure openNonconformities(List<Finding> open) {
        long major = open.stream().filter(f -> f.grade() == FindingGrade.MAJOR_NONCONFORMITY).count();
        String value = open.size() + (major > 0 ? " (" + major + " major)" : "");
        return new HeadlineFigure("Open nonconformities", value,
                major > 0 ? State.ALARM : open.isEmpty() ? State.OK : State.ATTENTION);
    }
}
