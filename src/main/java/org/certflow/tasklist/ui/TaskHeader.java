package org.certflow.tasklist.ui;

import org.certflow.tasklist.TaskItem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/** The top of a task page: what the task is, where it belongs, when it is due, who has it; claim or give back. */
class TaskHeader extends Composite<Div> {

    private final String username;
    private final Runnable claim;
    private final Runnable unclaim;

    TaskHeader(String username, Runnable claim, Runnable unclaim) {
        this.username = username;
        this.claim = claim;
        this.unclaim = unclaim;
        getContent().addClassName("task-header");
    }

    void show(TaskItem task, boolean workable) {
        getContent().removeAll();
        H2 name = new H2(task.name());
        name.addClassName("view-title");
        Div facts = new Div();
        facts.addClassName("task-facts");
        if (task.projectName() != null) {
            facts.add(fact("Project", new Span(task.projectName())));
        }
        if (task.phase() != null) {
            facts.add(fact("Phase", new Span(task.phase().label())));
        }
        facts.add(fact("Due", TaskLabels.due(task)), fact("Assignee", new Span(TaskLabels.assignee(task))));
        if (workable && !task.isClaimed()) {
            facts.add(button("Claim", ButtonVariant.LUMO_PRIMARY, claim));
        } else if (workable && task.isClaimedBy(username)) {
            facts.add(button("Give back", ButtonVariant.LUMO_TERTIARY, unclaim));
        }
        getContent().add(name, facts);
    }

    private static Component fact(String label, Component value) {
        Span caption = new Span(label);
        caption.addClassName("task-fact-label");
        Div fact = new Div(caption, value);
        fact.addClassName("task-fact");
        return fact;
    }

    private static Button button(String text, ButtonVariant variant, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
