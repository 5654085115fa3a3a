package org.certflow.risk;

import static org.certflow.project.process.ProcessVariables.PROJECT_ID;
import static org.certflow.risk.process.RiskReviewVariables.SCHEDULE_PROCESS;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.certflow.project.ProjectService;
import org.certflow.project.ProjectStarted;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every project its risk review schedule, one long-running {@code RiskReviewScheduleProcess} per project
 * (a timer start event cannot be per project): when the project starts, and at application start for projects
 * that began before risk reviews existed. Starting is idempotent.
 */
@Component
@Order(3)
class RiskSchedules implements ApplicationRunner {

    private final RuntimeService runtime;
    private final ProjectService projects;
    private final TransactionTemplate transactions;

    RiskSchedules(RuntimeService runtime, ProjectService projects, TransactionTemplate transactions) {
        this.runtime = runtime;
        this.projects = projects;
        this.transactions = transactions;
    }

    @EventListener
    void on(ProjectStarted started) {
        schedule(started.projectId());
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> projects.all().forEach(project -> schedule(project.id())));
    }

    void schedule(long projectId) {
        String businessKey = String.valueOf(projectId);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(SCHEDULE_PROCESS)
                .processInstanceBusinessKey(businessKey).count() == 0) {
            runtime.startProcessInstanceByKey(SCHEDULE_PROCESS, businessKey, Map.of(PROJECT_ID, projectId));
        }
    }
}
