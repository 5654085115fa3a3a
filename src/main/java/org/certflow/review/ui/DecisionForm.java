package org.certflow.review.ui;

import java.util.List;

import org.certflow.review.DecisionTopic;
import org.certflow.review.InvalidReviewEntryException;
import org.certflow.review.NewDecision;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/** The executive's entry of one decision: topic, what was decided, the action's owner and due date. */
class DecisionForm extends FormLayout {

    private final Select<DecisionTopic> topic = new Select<>();
    private final TextArea decision = new TextArea("Decision and action");
    private final ComboBox<String> owner = new ComboBox<>("Action owner");
    private final DatePicker due = new DatePicker("Due");

    DecisionForm(List<String> projectPeople, People people) {
        addClassName("decision-form");
        topic.setLabel("Topic");
        topic.setItems(DecisionTopic.values());
        topic.setItemLabelGenerator(DecisionTopic::label);
        decision.setMaxLength(2000);
        decision.setPlaceholder("What was decided, and what is to be done");
        owner.setItems(projectPeople);
        owner.setItemLabelGenerator(people::displayName);
        due.setMin(EngineClock.today());
        due.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        topic.setId("decision-topic");
        decision.setId("decision-text");
        owner.setId("decision-owner");
        due.setId("decision-due");
        Button record = new Button("Record decision", e -> fireEvent(new RecordEvent(this, new NewDecision(
                topic.getValue(), decision.getValue(), owner.getValue(), due.getValue()))));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-decision");
        add(topic, owner, due, decision, record);
        setColspan(decision, 3);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
    }

    Registration addRecordListener(ComponentEventListener<RecordEvent> listener) {
        return addListener(RecordEvent.class, listener);
    }

    /** Marks the field the service refused, with its message. */
    void showError(String field, String message) {
        fields().forEach(input -> input.setInvalid(false));
        switch (field) {
            case InvalidReviewEntryException.TOPIC -> invalid(topic, message);
            case InvalidReviewEntryException.OWNER -> invalid(owner, message);
            case InvalidReviewEntryException.DUE -> invalid(due, message);
            default -> invalid(decision, message);
        }
    }

    /** Empties the form for the next decision. */
    void clear() {
        topic.clear();
        decision.clear();
        owner.clear();
        due.clear();
        fields().forEach(input -> input.setInvalid(false));
    }

    private List<HasValidation> fields() {
        return List.of(topic, decision, owner, due);
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    static class RecordEvent extends ComponentEvent<DecisionForm> {

        private final NewDecision decision;

        RecordEvent(DecisionForm source, NewDecision decision) {
            super(source, false);
            this.decision = decision;
        }

        NewDecision decision() {
            return decision;
        }
    }
}
