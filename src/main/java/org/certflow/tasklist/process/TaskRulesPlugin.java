package org.certflow.tasklist.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.certflow.shared.EveryUserTaskPlugin;
import org.springframework.stereotype.Component;

/**
 * Puts the task rules first among the listeners of every user task of every deployed process: who may work on it
 * ({@link AssigneeOnlyCheck}), then the rules of its form ({@link FormRulesCheck}). Camunda runs built-in task
 * listeners before those of the model, so a refusal comes before any listener of the model (e.g. the decision
 * recorder) sees the completion. A task ends by completion only: errors and escalations signalled on it are
 * refused ({@link TaskErrorRefusal}).
 */
@Component
class TaskRulesPlugin extends EveryUserTaskPlugin {

    private final AssigneeOnlyCheck assigneeOnly;
    private final FormRulesCheck formRules;

    TaskRulesPlugin(AssigneeOnlyCheck assigneeOnly, FormRulesCheck formRules) {
        this.assigneeOnly = assigneeOnly;
        this.formRules = formRules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new TaskErrorRefusal());
    }

    @Override
    protected void prepare(TaskDefinition task, ProcessEngineConfigurationImpl configuration) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, assigneeOnly);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, assigneeOnly);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, formRules);
    }
}
