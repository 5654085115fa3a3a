package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.RiskInput;
import org.certflow.risk.RiskRegister;
import org.certflow.risk.RiskThreat;
import org.certflow.risk.RiskTreatment;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskSort;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The executive page's query: the executive tasks of the user's own projects that nobody else has claimed (policy
 * approvals, risk acceptances, management-review decisions), the earliest due first.
 */
@SpringTest
class AwaitingDecisionQueryTest extends ReviewTestSupport {

    /** Executive and project manager of one project (people of their own, so the demo's work does not count). */
    private static final String ELLA = "ella";
    /** Executive of another project. */
    private static final String OTTO = "otto";

    @Autowired
    People people;
    @Autowired
    RiskRegister risks;

    @BeforeEach
    void createPeople() {
        if (people.find(ELLA).isEmpty()) {
            people.createUser(ELLA, "Ella", "Engel", "ella@test.certflow.org", "test");
            people.addToGroup(ELLA, Role.EXECUTIVE.groupId());
            people.addToGroup(ELLA, Role.PROJECT_MANAGER.groupId());
            people.createUser(OTTO, "Otto", "Olsen", "otto@test.certflow.org", "test");
            people.addToGroup(OTTO, Role.EXECUTIVE.groupId());
        }
    }

    @Test
    void executive_sees_the_executive_tasks_of_their_projects_only() {
        Project own = newProject(ELLA, ELLA, EXECUTIVE);
        Project other = newProject(PROJECT_MANAGER, OTTO);
        ProcessInstance ownReview = holdNow(own);
        prepare(ownReview, ELLA);
        ProcessInstance ownUnprepared = holdNow(own);
        ProcessInstance otherReview = holdNow(other);
        prepare(otherReview);

        List<String> ella = ids(taskList.pageForRole(ELLA, Role.EXECUTIVE, TaskSort.DEFAULT, 0, 50));

        assertThat(ella).containsExactly(task(ownReview, "Task_DecideManagementReview").getId())
                .doesNotContain(task(ownUnprepared, "Task_PrepareManagementReview").getId(),
                        task(otherReview, "Task_DecideManagementReview").getId());
        assertThat(taskList.countForRole(ELLA, Role.EXECUTIVE)).isEqualTo(1);
        assertThat(ids(taskList.pageForRole(OTTO, Role.EXECUTIVE, TaskSort.DEFAULT, 0, 50)))
                .containsExactly(task(otherReview, "Task_DecideManagementReview").getId());
    }

    @Test
    void a_task_claimed_by_another_executive_no_longer_awaits_this_one() {
        Project project = newProject(ELLA, ELLA, EXECUTIVE);
        ProcessInstance review = holdNow(project);
        prepare(review, ELLA);
        String decide = task(review, "Task_DecideManagementReview").getId();
        assertThat(ids(taskList.pageForRole(ELLA, Role.EXECUTIVE, TaskSort.DEFAULT, 0, 50))).contains(decide);

        assertThat(taskList.claim(EXECUTIVE, decide).isDone()).isTrue();

        assertThat(ids(taskList.pageForRole(ELLA, Role.EXECUTIVE, TaskSort.DEFAULT, 0, 50))).doesNotContain(decide);
        assertThat(ids(taskList.pageForRole(EXECUTIVE, Role.EXECUTIVE, TaskSort.DEFAULT, 0, 100))).contains(decide);
    }

    @Test
    void policy_approvals_risk_acceptances_and_review_decisions_await_the_executive_the_earliest_due_first() {
        Project project = newProject(StandardsScope.BOTH, ELLA, ELLA);
        LocalDate today = EngineClock.today();
        String securityPolicy = approvalTask(project, "Task_ApproveSecurityPolicy", today.plusDays(40));
        String aiPolicy = approvalTask(project, "Task_ApproveAiPolicy", today.plusDays(3));
        ProcessInstance review = holdNow(project);
        prepare(review, ELLA);
        String acceptance = riskAcceptanceTask(project);

        List<TaskItem> awaiting = taskList.pageForRole(ELLA, Role.EXECUTIVE, TaskSort.DEFAULT, 0, 50).stream()
                .filter(task -> task.projectName().equals(project.name())).toList();

        assertThat(awaiting).extracting(TaskItem::id).containsExactly(aiPolicy, acceptance,
                task(review, "Task_DecideManagementReview").getId(), securityPolicy);
        assertThat(awaiting).extracting(TaskItem::name).containsExactly("Approve AI policy",
                "Accept residual risk: Customer data disclosed", "Take management review decisions",
                "Approve information security policy");
        assertThat(awaiting).extracting(task -> LocalDate.ofInstant(task.due(), ZoneId.systemDefault())).isSorted()
                .startsWith(today.plusDays(3)).endsWith(today.plusDays(40)).contains(today.plusWeeks(4));
    }

    @Test
    void someone_holding_no_executive_role_has_nothing_awaiting_their_decision() {
        assertThat(taskList.countForRole(CONTROL_OWNER, Role.EXECUTIVE)).isZero();
        assertThat(taskList.pageForRole(CONTROL_OWNER, Role.EXECUTIVE, TaskSort.DEFAULT, 0, 50)).isEmpty();
    }

    /** The policy and framework phase waiting at this approval, due when the phase is due. */
    private String approvalTask(Project project, String taskKey, LocalDate phaseDue) {
        String instance = runtime.createProcessInstanceByKey("PolicyAndFrameworkProcess")
                .businessKey(String.valueOf(project.id()))
                .setVariables(Map.of("projectId", project.id(), "phaseDueDate", endOf(phaseDue),
                        "includes27001", true, "includes42001", true))
                .startBeforeActivity(taskKey).execute().getId();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult().getId();
    }

    /**
     * A risk entered above the appetite, which the register has reviewed at once: its owner keeps the rating, and
     * its acceptance goes to the executives.
     */
    private String riskAcceptanceTask(Project project) {
        risks.add(project.id(), new RiskInput("Customer data disclosed", "Customer database",
                RiskThreat.CONFIDENTIALITY, 4, 4, 4, 4, RISK_OWNER, RiskTreatment.ACCEPT,
                "Encryption is planned for Q3",
                Set.of(), EngineClock.today().plusMonths(1)), ELLA);
        assertThat(taskList.complete(RISK_OWNER, openTask(project, "Task_ReviewRisk"), Map.of("likelihood", 4L,
                "impact", 4L, "residualLikelihood", 4L, "residualImpact", 4L, "treatment", "accept",
                "treatmentPlan", "Encryption is planned for Q3")).isDone()).isTrue();
        assertThat(taskList.complete(RISK_OWNER, openTask(project, "Task_ApproveTreatmentPlan"),
                Map.of("approveTreatmentPlanDecision", "approve")).isDone()).isTrue();
        return openTask(project, "Task_AcceptResidualRisk");
    }

    private String openTask(Project project, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey(taskKey).singleResult().getId();
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant());
    }

    private static List<String> ids(List<TaskItem> items) {
        return items.stream().map(TaskItem::id).toList();
    }
}
