package org.certflow.project.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds {@link ProjectTaskRouting} and {@link ControlTaskNames} to every user task of every deployed process, so no
 * model can forget them.
 */
@Component
class TaskRoutingPlugin extends AbstractProcessEnginePlugin {

    private final ProjectTaskRouting routing;
    private final ControlTaskNames names;

    TaskRoutingPlugin(ProjectTaskRouting routing, ControlTaskNames names) {
        this.routing = routing;
        this.names = names;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, routing);
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, names);
            }
        });
    }
}
