package org.certflow.tasklist.ui;

import java.util.List;
import java.util.Optional;

import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.tasklist.TaskDetails;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.tasklist.form.TaskForm;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * One task: header, context, its form and "Complete". When the completion does not go through, the page says why
 * and keeps what the user typed on screen.
 */
@Route("tasks/:" + TaskView.TASK_ID)
@PermitAll
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TASK_ID = "taskId";

    private final TaskListService taskList;
    private final List<TaskContextProvider> providers;
    private final String username;
    private final Div notice = new Div();
    private final Button complete = new Button("Complete", e -> complete());
    private final TaskHeader header;
    private String taskId;
    private String title = "Task · CertFlow";
    private TaskForm form;

    TaskView(TaskListService taskList, ObjectProvider<TaskContextProvider> providers, AuthenticationContext auth) {
        this.taskList = taskList;
        this.providers = providers.orderedStream().toList();
        this.username = auth.getPrincipalName().orElseThrow();
        this.header = new TaskHeader(username, () -> show(taskList.claim(username, taskId)),
                () -> show(taskList.unclaim(username, taskId)));
        addClassName("task-view");
        notice.addClassName("task-notice");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get(TASK_ID).orElse("");
        Optional<TaskDetails> details = taskList.find(username, taskId);
        removeAll();
        if (details.isEmpty()) {
            title = "No such task · CertFlow";
            add(new H2("This task does not exist or is not yours"),
                    new Paragraph("Someone may have completed it, or it belongs to a role you do not hold."),
                    new RouterLink("Back to my tasks", TaskListView.class));
            return;
        }
        title = details.get().task().name() + " · CertFlow";
        form = new TaskForm(details.get().form(), details.get().values());
        refreshHeader(details.get());
        add(header, notice, new TaskContext(details.get(), username, providers), form, complete);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void complete() {
        if (!form.validate()) {
            return;
        }
        TaskOutcome outcome = taskList.complete(username, taskId, form.values());
        switch (outcome.kind()) {
            case DONE -> {
                Notification.show(outcome.message(), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(TaskListView.class));
            }
            case INVALID -> form.showErrors(outcome.fieldErrors());
            case REFUSED -> say(outcome.message());
            default -> {
                say(outcome.message() + " Your entries are still shown below.");
                complete.setEnabled(false);
            }
        }
    }

    /** After a claim or give-back: the header shows who has the task now; the form keeps its entries. */
    private void show(TaskOutcome outcome) {
        taskList.find(username, taskId).ifPresent(this::refreshHeader);
        if (!outcome.isDone()) {
            say(outcome.message());
        }
    }

    private void refreshHeader(TaskDetails details) {
        boolean workable = !details.task().isClaimed() || details.task().isClaimedBy(username);
        header.show(details.task(), workable);
        complete.setEnabled(workable);
        notice.setVisible(false);
        if (!workable) {
            say(details.task().assigneeName() + " has claimed this task; only they can complete it.");
        }
    }

    private void say(String message) {
        notice.setText(message);
        notice.setVisible(true);
    }
}
