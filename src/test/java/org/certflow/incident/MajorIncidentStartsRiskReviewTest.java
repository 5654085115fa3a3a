package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.incident.process.IncidentVariables;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskHistoryEntry;
import org.certflow.risk.RiskHistoryKind;
import org.certflow.risk.RiskTestSupport;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.tasklist.TaskScope;
import org.certflow.tasklist.TaskSort;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From end to end: an incident reported through {@link Incidents} and triaged as major in the real incident process
 * starts the risk feature's review of the affected risk, with its owner's task.
 */
@SpringTest
class MajorIncidentStartsRiskReviewTest extends RiskTestSupport {

    private static final String REPORTER = "colin";

    @Autowired
    Incidents incidents;

    @Test
    void an_incident_triaged_as_major_starts_the_review_of_the_affected_risk_for_its_owner() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        Risk payroll = add(project, risk("Payroll errors", "HR system", 2, 3, 1, 3, OTHER_RISK_OWNER));
        Incident incident = incidents.report(aReport(project.id()).summary("Card data in the checkout logs")
                .systems("Web shop, Log server").build(), REPORTER);
        assertThat(reviewsOf(project)).as("no review before the triage").isZero();

        TaskOutcome triaged = taskList.complete(INCIDENT_MANAGER, triageTask(incident).getId(), Map.of(
                "triageIncidentDecision", "adjust", "triageIncidentSeverity", "major",
                "triageIncidentReason", "Card numbers were readable by every developer."));
        assertThat(triaged.isDone()).as(triaged.message()).isTrue();

        assertThat(reviewsOf(project)).isOne();
        ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey("RiskReviewProcess")
                .processInstanceBusinessKey(String.valueOf(project.id())).singleResult();
        assertThat(review).isWaitingAt("Task_ReviewRisk");
        Task reviewTask = taskFor("Task_ReviewRisk", leak);
        assertThat(reviewTask.getAssignee()).isEqualTo(RISK_OWNER);
        assertThat(taskList.page(RISK_OWNER, TaskScope.MINE_AND_ROLES, TaskSort.DEFAULT, 0, 1000))
                .extracting(TaskItem::id).contains(reviewTask.getId());
        assertThat(taskFor("Task_ReviewRisk", payroll)).as("a risk of another system").isNull();
        assertThat(register.history(leak.id())).extracting(RiskHistoryEntry::kind, RiskHistoryEntry::note)
                .contains(tuple(RiskHistoryKind.INCIDENT,
                        "Major incident #" + incident.id() + ": Card data in the checkout logs"));
    }

    private Task triageTask(Incident incident) {
        return tasks.createTaskQuery().processVariableValueEquals(IncidentVariables.INCIDENT_ID, incident.id())
                .taskDefinitionKey("Task_TriageIncident").singleResult();
    }

    private long reviewsOf(Project project) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("RiskReviewProcess")
                .processInstanceBusinessKey(String.valueOf(project.id())).count();
    }
}
