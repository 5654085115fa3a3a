package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.CONTROL_KEY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.catalog.Catalog;
import org.certflow.catalog.Control;
import org.springframework.stereotype.Component;

/**
 * Names a task about one control after it ("Implement control: ISO 27001 5.15 Access control"), so a list of a
 * hundred implementation tasks, and the decisions taken in them, say which control each one is.
 */
@Component
class ControlTaskNames implements TaskListener {

    private final Catalog catalog;

    ControlTaskNames(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(CONTROL_KEY) instanceof String controlKey) {
            task.setName(task.getName() + ": " + catalog.control(controlKey).map(Control::label).orElse(controlKey));
        }
    }
}
