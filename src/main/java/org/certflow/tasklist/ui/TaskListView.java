package org.certflow.tasklist.ui;

import java.util.List;

import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.tasklist.TaskScope;
import org.certflow.tasklist.TaskSort;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The start page: the signed-in person's tasks, loaded page by page, with claim and give-back per row. */
@Route("")
@PageTitle("My tasks · CertFlow")
@PermitAll
class TaskListView extends VerticalLayout {

    private final TaskListService taskList;
    private final String username;
    private final RadioButtonGroup<TaskScope> scope = new RadioButtonGroup<>();
    private final Grid<TaskItem> grid = new Grid<>(TaskItem.class, false);

    TaskListView(TaskListService taskList, AuthenticationContext auth) {
        this.taskList = taskList;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("task-list-view");
        setSizeFull();

        H2 title = new H2("My tasks");
        title.addClassName("view-title");
        scope.setItems(TaskScope.values());
        scope.setItemLabelGenerator(TaskScope::label);
        scope.setValue(TaskScope.MINE_AND_ROLES);
        scope.setAriaLabel("Which tasks");
        scope.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var name = grid.addColumn(TaskItem::name).setHeader("Task").setSortProperty(TaskSort.By.NAME.name())
                .setTooltipGenerator(TaskItem::name).setWidth("18rem").setFlexGrow(4);
        grid.addColumn(TaskLabels::project).setHeader("Project").setTooltipGenerator(TaskLabels::project)
                .setWidth("10rem").setFlexGrow(2);
        grid.addColumn(TaskLabels::phase).setHeader("Phase").setWidth("9rem").setFlexGrow(0);
        var due = grid.addComponentColumn(TaskLabels::due).setHeader("Due")
                .setSortProperty(TaskSort.By.DUE_DATE.name()).setWidth("13rem").setFlexGrow(0);
        grid.addColumn(TaskLabels::assignee).setHeader("Assignee").setWidth("8rem").setFlexGrow(1);
        grid.addComponentColumn(this::claimButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        name.setSortable(true);
        due.setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // a control task's name says which control
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(due, SortDirection.ASCENDING)));
        grid.setEmptyStateText("Nothing to do: no open tasks for you.");
        grid.setItems(query -> taskList.page(username, scope.getValue(), sort(query), query.getOffset(),
                query.getLimit()).stream(), query -> (int) taskList.count(username, scope.getValue()));
        // selecting a row (click, or Space on the focused row) opens the task
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(TaskView.class,
                        new RouteParameters(TaskView.TASK_ID, e.getValue().id())));
            }
        });
        grid.setSizeFull();

        add(title, scope, grid);
    }

    private static TaskSort sort(Query<TaskItem, ?> query) {
        return query.getSortOrders().stream().findFirst()
                .map(order -> new TaskSort(TaskSort.By.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.ASCENDING))
                .orElse(TaskSort.DEFAULT);
    }

    private Component claimButton(TaskItem task) {
        if (task.isClaimed() && !task.isClaimedBy(username)) {
            return new Span();
        }
        boolean mine = task.isClaimedBy(username);
        Button button = new Button(mine ? "Give back" : "Claim", e -> show(mine
                ? taskList.unclaim(username, task.id()) : taskList.claim(username, task.id())));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, mine ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        button.setAriaLabel((mine ? "Give back " : "Claim ") + task.name());
        return button;
    }

    private void show(TaskOutcome outcome) {
        Notification notification = Notification.show(outcome.message(), 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(outcome.isDone() ? NotificationVariant.LUMO_SUCCESS
                : NotificationVariant.LUMO_WARNING);
        grid.getDataProvider().refreshAll();
    }
}
