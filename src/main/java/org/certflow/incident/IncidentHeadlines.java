package org.certflow.incident;

import java.util.List;

import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.HeadlineFigure.State;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project's incidents at a glance on the project's page: the open ones, the open major ones, and the open ones
 * that missed a deadline of their handling or of a corrective action, as the incident list marks them.
 */
@Service
public class IncidentHeadlines {

    private final Incidents incidents;
    private final IncidentList list;

    IncidentHeadlines(Incidents incidents, IncidentList list) {
        this.incidents = incidents;
        this.list = list;
    }

    @Transactional(readOnly = true)
    public List<HeadlineFigure> of(long projectId) {
        List<Incident> open = incidents.of(projectId).stream().filter(Incident::isOpen).toList();
        return List.of(
                HeadlineFigure.count("Open incidents", open.size(), State.ATTENTION),
                HeadlineFigure.count("Open major incidents",
                        open.stream().filter(i -> i.severity() == Severity.MAJOR).count(), State.ALARM),
                HeadlineFigure.count("Open incidents that missed a deadline",
                        open.stream().filter(i -> !list.breaches(i).isEmpty()).count(), State.ALARM));
    }
}
