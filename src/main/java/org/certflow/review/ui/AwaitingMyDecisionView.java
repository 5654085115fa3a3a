package org.certflow.review.ui;

import org.certflow.security.Role;
import org.certflow.shared.Dates;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskSort;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The executive's page: every open task of the executive role in the signed-in person's projects (policy
 * approvals, risk acceptances, management-review decisions ...), not claimed by someone else, the most urgent
 * first, each linking to its task page. Open to everyone; it lists nothing for someone who is no executive.
 */
@Route("awaiting-my-decision")
@PageTitle("Awaiting my decision · CertFlow")
@PermitAll
class AwaitingMyDecisionView extends VerticalLayout {

    AwaitingMyDecisionView(TaskListService taskList, AuthenticationContext auth) {
        String username = auth.getPrincipalName().orElseThrow();
        addClassName("awaiting-decision-view");
        setSizeFull();

        H2 title = new H2("Awaiting my decision");
        title.addClassName("view-title");
        long count = taskList.countForRole(username, Role.EXECUTIVE);
        Paragraph summary = new Paragraph(count == 0 ? "Nothing awaits your decision as executive."
                : count + (count == 1 ? " decision awaits" : " decisions await")
                        + " you as executive of your projects, the earliest due first.");
        summary.addClassName("muted");

        Grid<TaskItem> grid = new Grid<>(TaskItem.class, false);
        grid.addComponentColumn(AwaitingMyDecisionView::taskLink).setHeader("Decision").setFlexGrow(3);
        grid.addColumn(TaskItem::projectName).setHeader("Project").setFlexGrow(2);
        grid.addComponentColumn(AwaitingMyDecisionView::due).setHeader("Due").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(task -> Dates.day(task.created())).setHeader("Waiting since").setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(task -> task.isClaimed() ? "Claimed by you" : "Unclaimed").setHeader("Claimed")
                .setWidth("9rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("Policy approvals, risk acceptances and management-review decisions of your "
                + "projects appear here when they await an executive.");
        grid.setItems(query -> taskList.pageForRole(username, Role.EXECUTIVE, TaskSort.DEFAULT, query.getOffset(),
                query.getLimit()).stream(), query -> (int) taskList.countForRole(username, Role.EXECUTIVE));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(taskPath(e.getItem()))));
        grid.setSizeFull();

        add(title, summary, grid);
        setFlexGrow(1, grid);
    }

    private static Component taskLink(TaskItem task) {
        Anchor link = new Anchor(taskPath(task), task.name());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** The task page of the task list. */
    private static String taskPath(TaskItem task) {
        return "tasks/" + task.id();
    }

    /** The due day; an overdue one gets a red "Overdue" badge and red text, as in the task list. */
    private static Component due(TaskItem task) {
        Span due = new Span(task.due() == null ? "No due date"
                : Dates.day(task.due()));
        if (task.overdue()) {
            Span badge = new Span("Overdue");
            badge.addClassName("task-badge-overdue");
            due.addClassName("overdue");
            due.addComponentAsFirst(badge);
        }
        return due;
    }
}
