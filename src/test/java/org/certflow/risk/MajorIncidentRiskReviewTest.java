package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.certflow.incident.MajorIncidentOccurred;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.tasklist.TaskScope;
import org.certflow.tasklist.TaskSort;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A major incident starts a review of the affected risks at once; the executive's acceptance stays in its project. */
@SpringTest
class MajorIncidentRiskReviewTest extends RiskTestSupport {

    private static final String OTHER_EXECUTIVE = "edgar";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    People people;

    @Test
    void a_major_incident_starts_a_review_of_the_risks_of_the_systems_it_affected_at_once() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        Risk outage = add(project, risk("Payment outage", "Payment gateway", 2, 4, 1, 4, OTHER_RISK_OWNER));
        Risk payroll = add(project, risk("Payroll errors", "HR system", 2, 3, 1, 3, RISK_OWNER));

        publish(new MajorIncidentOccurred(project.id(), 41, "Card data exposed in checkout logs",
                List.of(" web SHOP", "Payment gateway", "Warehouse robots")));

        Task leakReview = taskFor("Task_ReviewRisk", leak);
        assertThat(leakReview.getAssignee()).isEqualTo(RISK_OWNER);
        assertThat(LocalDate.ofInstant(leakReview.getDueDate().toInstant(), ZoneId.systemDefault()))
                .as("three days for a review after an incident").isEqualTo(EngineClock.today().plusDays(3));
        assertThat(taskFor("Task_ReviewRisk", outage).getAssignee()).isEqualTo(OTHER_RISK_OWNER);
        assertThat(taskFor("Task_ReviewRisk", payroll)).isNull();
        assertThat(register.history(leak.id())).extracting(RiskHistoryEntry::kind, RiskHistoryEntry::note)
                .contains(tuple(RiskHistoryKind.INCIDENT,
                        "Major incident #41: Card data exposed in checkout logs"));
    }

    @Test
    void an_incident_naming_none_of_the_risks_systems_reviews_every_risk_of_the_project() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        Risk outage = add(project, risk("Payment outage", "Payment gateway", 2, 4, 1, 4, OTHER_RISK_OWNER));

        publish(new MajorIncidentOccurred(project.id(), 42, "Ransomware on the file server", List.of("File server")));

        assertThat(reviews.underReview(project.id())).containsExactlyInAnyOrder(leak.id(), outage.id());
    }

    @Test
    void a_risk_under_review_is_not_reviewed_twice_but_its_history_notes_the_incident() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        reviews.startOnDemand(project.id(), List.of(leak.id()), PROJECT_MANAGER);

        publish(new MajorIncidentOccurred(project.id(), 43, "Admin account phished", List.of("Web shop")));

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey("Task_ReviewRisk").count()).isEqualTo(1);
        assertThat(register.history(leak.id()).get(0).kind()).isEqualTo(RiskHistoryKind.INCIDENT);
    }

    @Test
    void an_incident_classified_by_a_signed_in_incident_manager_starts_the_review_all_the_same() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        identity.setAuthentication("ivan", List.of(groupOf(project, Role.INCIDENT_MANAGER)));
        try {
            publish(new MajorIncidentOccurred(project.id(), 47, "Card data exposed", List.of("Web shop")));
            assertThat(identity.getCurrentAuthentication().getUserId()).as("still signed in").isEqualTo("ivan");
        } finally {
            identity.clearAuthentication();
        }

        assertThat(reviews.underReview(project.id())).containsExactly(leak.id());
    }

    @Test
    void the_review_belongs_to_the_incidents_transaction() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new MajorIncidentOccurred(project.id(), 44, "Lost laptop", List.of("Web shop")));
            assertThat(reviews.underReview(project.id())).as("started at once").containsExactly(leak.id());
            status.setRollbackOnly();
        });

        assertThat(reviews.underReview(project.id())).isEmpty();
        assertThat(register.history(leak.id())).extracting(RiskHistoryEntry::kind)
                .containsExactly(RiskHistoryKind.IDENTIFIED);
    }

    @Test
    void a_residual_risk_above_the_appetite_reaches_only_its_own_projects_executive() {
        ensureSecondExecutive();
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Project other = projectWithExecutive(OTHER_EXECUTIVE);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        Risk otherLeak = register.add(other.id(), risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER),
                PROJECT_MANAGER);

        publish(new MajorIncidentOccurred(project.id(), 45, "Card data exposed", List.of("Web shop")));
        publish(new MajorIncidentOccurred(other.id(), 46, "Card data exposed", List.of("Web shop")));
        Task acceptance = reviewAboveAppetiteThroughTheTaskList(leak);
        Task otherAcceptance = reviewAboveAppetiteThroughTheTaskList(otherLeak);

        assertThat(visibleTaskIds(EXECUTIVE)).contains(acceptance.getId()).doesNotContain(otherAcceptance.getId());
        assertThat(visibleTaskIds(OTHER_EXECUTIVE)).contains(otherAcceptance.getId())
                .doesNotContain(acceptance.getId());
        assertThat(visibleTaskIds(RISK_OWNER)).doesNotContain(acceptance.getId());
        assertThat(taskList.complete(OTHER_EXECUTIVE, acceptance.getId(), Map.of("acceptResidualRiskDecision",
                "approve", "acceptedUntil", EngineClock.today().plusMonths(3).toString())).isDone()).isFalse();

        TaskOutcome accepted = taskList.complete(EXECUTIVE, acceptance.getId(), Map.of("acceptResidualRiskDecision",
                "approve", "acceptedUntil", EngineClock.today().plusMonths(3).toString()));
        assertThat(accepted.isDone()).as(accepted.message()).isTrue();
        assertThat(register.get(leak.id()).acceptedBy()).isEqualTo(EXECUTIVE);
    }

    /** The owner rates the residual risk 3 x 4 = 12, above the appetite of 6, and approves the plan. */
    private Task reviewAboveAppetiteThroughTheTaskList(Risk risk) {
        TaskOutcome reviewed = taskList.complete(RISK_OWNER, taskFor("Task_ReviewRisk", risk).getId(),
                variables(review(4, 4, 3, 4)));
        assertThat(reviewed.isDone()).as(reviewed.message()).isTrue();
        TaskOutcome approved = taskList.complete(RISK_OWNER, taskFor("Task_ApproveTreatmentPlan", risk).getId(),
                Map.of("approveTreatmentPlanDecision", "approve"));
        assertThat(approved.isDone()).as(approved.message()).isTrue();
        return taskFor("Task_AcceptResidualRisk", risk);
    }

    private List<String> visibleTaskIds(String user) {
        return taskList.page(user, TaskScope.MINE_AND_ROLES, TaskSort.DEFAULT, 0, 1000).stream().map(TaskItem::id)
                .toList();
    }

    private void publish(MajorIncidentOccurred incident) {
        transactions.executeWithoutResult(status -> events.publishEvent(incident));
    }

    private void ensureSecondExecutive() {
        if (people.find(OTHER_EXECUTIVE).isEmpty()) {
            people.createUser(OTHER_EXECUTIVE, "Edgar", "Engel", "edgar@test.certflow.org", "secret");
        }
        people.addToGroup(OTHER_EXECUTIVE, Role.EXECUTIVE.groupId());
    }

    private Project projectWithExecutive(String executive) {
        Project project = create(aProject().standards(StandardsScope.ISO27001_ONLY).people(Role.CONTROL_OWNER, "colin")
                .people(Role.EXECUTIVE, executive));
        soa.decide(soa.line(project.id(), ACCESS_CONTROL).id(), true, "Treats risks of the register", "colin");
        return project;
    }
}
