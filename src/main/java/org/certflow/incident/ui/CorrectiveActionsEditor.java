package org.certflow.incident.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.certflow.incident.CorrectiveAction;
import org.certflow.incident.IncidentActions;
import org.certflow.incident.InvalidIncidentException;
import org.certflow.incident.NewCorrectiveAction;
import org.certflow.security.People;
import org.certflow.security.Person;
import org.certflow.shared.EngineClock;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The planning task's work area: the incident's corrective actions, and a row to add one for a person of the
 * project with a due date. An open action planned by mistake can be removed until the plan is completed.
 */
class CorrectiveActionsEditor extends Div {

    private final long incidentId;
    private final IncidentActions actions;
    private final String username;
    private final CorrectiveActionsGrid grid;
    private final TextField description = new TextField("Action");
    private final ComboBox<Person> owner = new ComboBox<>("Owner");
    private final DatePicker dueDate = new DatePicker("Due");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    CorrectiveActionsEditor(long incidentId, long projectId, IncidentActions actions, People people,
                            String username) {
        this.incidentId = incidentId;
        this.actions = actions;
        this.username = username;
        addClassName("corrective-actions-editor");
        grid = new CorrectiveActionsGrid(people);
        Grid.Column<CorrectiveAction> remove = grid.addComponentColumn(this::removeButton).setAutoWidth(true)
                .setFlexGrow(0);
        remove.setHeader("");

        description.setId("corrective-action-description");
        description.setWidth("24rem");
        owner.setId("corrective-action-owner");
        owner.setItems(actions.owners(projectId).stream().flatMap(u -> people.find(u).stream()).toList());
        owner.setItemLabelGenerator(Person::displayName);
        dueDate.setId("corrective-action-due");
        dueDate.setMin(EngineClock.today());
        Button add = new Button("Add action", e -> add());
        add.setId("add-corrective-action");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(description, owner, dueDate, add);
        form.addClassName("corrective-action-form");
        fields.put("description", description);
        fields.put("owner", owner);
        fields.put("dueDate", dueDate);
        description.setManualValidation(true);
        owner.setManualValidation(true);
        dueDate.setManualValidation(true);
        add(new H3("Corrective actions"), grid, form);
        refresh();
    }

    private void add() {
        try {
            actions.plan(incidentId, new NewCorrectiveAction(description.getValue(),
                    owner.getValue() == null ? null : owner.getValue().username(), dueDate.getValue()), username);
            description.clear();
            owner.clear();
            dueDate.clear();
            showErrors(Map.of());
            refresh();
        } catch (InvalidIncidentException refused) {
            showErrors(refused.fieldErrors());
        } catch (AccessDeniedException | IllegalStateException refused) {
            refusal(refused);
        }
    }

    /** Someone else claimed the planning, or it is over: nothing changed, say why. */
    private void refusal(RuntimeException refused) {
        Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        refresh();
    }

    /** Marks each refused field with its message and clears the others. */
    private void showErrors(Map<String, String> errors) {
        fields.forEach((key, field) -> {
            field.setErrorMessage(errors.get(key));
            field.setInvalid(errors.containsKey(key));
        });
    }

    private Button removeButton(CorrectiveAction action) {
        Button remove = new Button("Remove", e -> {
            try {
                actions.withdraw(action.id(), username);
                Notification.show("Action removed.").addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                refresh();
            } catch (AccessDeniedException | IllegalStateException refused) {
                refusal(refused);
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove " + action.description());
        remove.setVisible(action.isOpen());
        return remove;
    }

    private void refresh() {
        grid.show(actions.of(incidentId));
    }
}
