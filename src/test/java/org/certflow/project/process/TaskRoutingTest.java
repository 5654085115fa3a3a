package org.certflow.project.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.security.Role;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;

@SpringTest
class TaskRoutingTest extends ProcessTestSupport {

    @Test
    void a_project_task_is_offered_to_the_projects_role_group_only_never_to_the_role_at_large() {
        Project project = newProject(StandardsScope.BOTH);
        ProcessInstance gap = startPhase(Phase.GAP_ANALYSIS, project);

        Task scope = task(gap, "Task_DescribeScopeAndContext");

        assertThat(tasks.getIdentityLinksForTask(scope.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(groupOf(project, Role.PROJECT_MANAGER));
    }
}
