package org.certflow.tasklist.ui;

import java.util.List;

import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.tasklist.TaskDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/**
 * What a task is about, above its form: a link to its project, then one card per component the features'
 * {@link TaskContextProvider}s contribute (the control, the SoA, ...), in the providers' order.
 */
class TaskContext extends Composite<Div> {

    TaskContext(TaskDetails details, String username, List<TaskContextProvider> providers) {
        getContent().addClassName("task-context");
        Long projectId = details.task().projectId();
        if (projectId != null) {
            Anchor project = new Anchor("projects/" + projectId, "Open project " + details.task().projectName());
            project.getElement().setAttribute("router-link", true);
            project.addClassName("task-project-link");
            getContent().add(project);
        }
        details.ref(username).ifPresent(ref -> providers.forEach(provider -> provider.contextFor(ref)
                .ifPresent(component -> getContent().add(card(component)))));
        setVisible(getContent().getChildren().findAny().isPresent());
    }

    private static Component card(Component content) {
        Div card = new Div(content);
        card.addClassName("task-context-card");
        return card;
    }
}
