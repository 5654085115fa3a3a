package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.incident.IncidentReportBuilder.aReport;
import static org.certflow.test_support.TaskAccess.assertOutsideRoles;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.SpringTest;
import org.certflow.test_support.TaskAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The triage of an incident is the project's incident manager's, through /engine-rest as in the task list. */
@SpringTest
class IncidentTaskAccessTest extends IncidentTestSupport {

    /** An incident manager, but of other projects. */
    private static final String ELSEWHERE = "sam";
    private static final Map<String, String> TRIAGE = Map.of("triageIncidentDecision", "approve");

    @Autowired
    TaskAccess access;

    private Incident incident;
    private Task triage;

    @BeforeEach
    void reportAnIncident() {
        incident = report(aReport(newProject().id()));
        triage = task(incident, "Task_TriageIncident");
    }

    @Test
    void only_the_projects_incident_manager_finds_the_triage() {
        String process = triage.getProcessInstanceId();
        assertThat(access.as(INCIDENT_MANAGER).restTaskIds(process)).containsExactly(triage.getId());
        assertThat(access.as(INCIDENT_MANAGER).listed(triage.getId())).isTrue();

        for (TaskAccess.Caller other : List.of(access.as(REPORTER), access.as(OTHER_MEMBER), access.as(ELSEWHERE),
                access.outsider())) {
            assertThat(other.restTaskIds(process)).isEmpty();
            assertThat(other.restTaskCount(process)).isZero();
            assertThat(other.listed(triage.getId())).isFalse();
        }
    }

    @Test
    void nobody_else_completes_the_triage_and_nothing_of_the_attempt_is_kept() {
        for (String other : List.of(REPORTER, OTHER_MEMBER, ELSEWHERE)) {
            assertOutsideRoles(access.as(other).restComplete(triage.getId(), TRIAGE), other);
            TaskOutcome inTaskList = access.as(other).complete(triage.getId(), TRIAGE);
            assertThat(inTaskList.kind()).isEqualTo(TaskOutcome.Kind.NOT_ALLOWED);
            assertThat(inTaskList.message()).isEqualTo("This task does not exist or is not yours.");
        }

        assertThat(task(incident, "Task_TriageIncident").getAssignee()).isNull();
        assertThat(runtime.getVariables(triage.getProcessInstanceId())).doesNotContainKey("triageIncidentDecision");
        assertThat(access.as(INCIDENT_MANAGER).restComplete(triage.getId(), TRIAGE).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(task(incident, "Task_TriageIncident")).isNull();
    }
}
