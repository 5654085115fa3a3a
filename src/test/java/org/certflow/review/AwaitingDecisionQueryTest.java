package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Project;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskSort;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The executive page's query: the executive tasks of the user's own projects that nobody else has claimed. */
@SpringTest
class AwaitingDecisionQueryTest extends ReviewTestSupport {

    /** Executive and project manager of one project (people of their own, so the demo's work does not count). */
    private static final String ELLA = "ella";
    /** Executive of another project. */
    private static final String OTTO = "otto";

    @Autowired
    People people;

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
    void someone_holding_no_executive_role_has_nothing_awaiting_their_decision() {
        assertThat(taskList.countForRole(CONTROL_OWNER, Role.EXECUTIVE)).isZero();
        assertThat(taskList.pageForRole(CONTROL_OWNER, Role.EXECUTIVE, TaskSort.DEFAULT, 0, 50)).isEmpty();
    }

    private static List<String> ids(List<TaskItem> items) {
        return items.stream().map(TaskItem::id).toList();
    }
}
