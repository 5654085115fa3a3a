package org.certflow.audit.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.certflow.audit.FindingGrade;
import org.certflow.audit.NewFinding;
import org.certflow.audit.Requirement;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Records a finding of the audit. Choosing a requirement proposes whose work it is as owner; grading it a
 * nonconformity proposes the usual due date (30 days for a major one, 90 for a minor one).
 */
class FindingForm extends FormLayout {

    private final Select<FindingGrade> grade = new Select<>();
    private final ComboBox<Requirement> requirement = new ComboBox<>("Requirement");
    private final TextArea description = new TextArea("What was found, and the evidence");
    private final ComboBox<String> owner = new ComboBox<>("Owner of the corrective action");
    private final DatePicker dueDate = new DatePicker("Corrective action due");
    private final FieldErrors errors = new FieldErrors();

    FindingForm(List<Requirement> scope, List<String> owners, Function<String, String> displayName,
                Function<Requirement, Optional<String>> proposedOwner, Consumer<NewFinding> onRecord) {
        grade.setLabel("Grade");
        grade.setItems(FindingGrade.values());
        grade.setItemLabelGenerator(FindingGrade::label);
        requirement.setItems(scope);
        requirement.setItemLabelGenerator(Requirement::label);
        owner.setItems(owners);
        owner.setItemLabelGenerator(displayName::apply);
        owner.setHelperText("Needed for a nonconformity; not the auditor, who checks the action.");
        grade.addValueChangeListener(e -> {
            boolean nonconformity = e.getValue() != null && e.getValue().isNonconformity();
            dueDate.setEnabled(nonconformity);
            dueDate.setValue(nonconformity ? e.getValue().proposedDueDate(EngineClock.today()) : null);
        });
        requirement.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                proposedOwner.apply(e.getValue()).ifPresent(owner::setValue);
            }
        });
        Button record = new Button("Record finding", e -> onRecord.accept(new NewFinding(
                Optional.ofNullable(requirement.getValue()).map(Requirement::key).orElse(null), grade.getValue(),
                description.getValue(), owner.getValue(), dueDate.getValue())));
        add(grade, requirement, description, owner, dueDate, record);
        setColspan(requirement, 2);
        setColspan(description, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        errors.register("grade", grade);
        errors.register("requirement", requirement);
        errors.register("description", description);
        errors.register("owner", owner);
        errors.register("dueDate", dueDate);
    }

    void clear() {
        requirement.clear();
        description.clear();
        owner.clear();
        grade.clear();
    }

    void showErrors(Map<String, String> refusals) {
        errors.show(refusals);
    }
}
