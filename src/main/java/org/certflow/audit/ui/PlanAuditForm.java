package org.certflow.audit.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.certflow.audit.AuditPlan;
import org.certflow.audit.AuditProgramme;
import org.certflow.audit.Requirement;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What planning an audit asks: title, day, auditor, and the scope as main clauses and applicable controls. It only
 * collects; the programme validates, and {@link #showErrors} puts each refusal next to its field.
 */
class PlanAuditForm extends FormLayout {

    private final long projectId;
    private final TextField title = new TextField("Title");
    private final DatePicker plannedDate = new DatePicker("Day of the audit",
            EngineClock.today().plusDays(AuditProgramme.LEAD_DAYS));
    private final ComboBox<String> auditor = new ComboBox<>("Auditor");
    private final CheckboxGroup<Requirement> clauses = new CheckboxGroup<>("Clauses in scope");
    private final MultiSelectComboBox<Requirement> controls = new MultiSelectComboBox<>("Annex A controls in scope");
    private final FieldErrors errors = new FieldErrors();

    PlanAuditForm(long projectId, List<String> auditors, List<Requirement> mainClauses,
                  List<Requirement> applicableControls, Function<String, String> displayName) {
        this.projectId = projectId;
        title.setPlaceholder("e.g. AI management system, full audit");
        auditor.setItems(auditors);
        auditor.setItemLabelGenerator(displayName::apply);
        auditor.setHelperText("An internal auditor of the project who does not audit their own work: no control "
                + "they own, no clause their other roles do.");
        clauses.setItems(mainClauses);
        clauses.setItemLabelGenerator(Requirement::label);
        clauses.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        clauses.setHelperText("A clause brings all its requirements, e.g. 9 brings 9.1, 9.2.1 ... 9.3.3.");
        controls.setItems(applicableControls);
        controls.setItemLabelGenerator(Requirement::label);
        controls.setHelperText(applicableControls.isEmpty() ? "The Statement of Applicability calls no control "
                + "applicable yet." : applicableControls.size() + " controls are applicable.");
        Button allControls = new Button("All applicable controls", e -> controls.setValue(
                Set.copyOf(applicableControls)));
        allControls.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        allControls.setEnabled(!applicableControls.isEmpty());

        add(title, plannedDate, auditor, clauses, controls, allControls);
        setColspan(title, 2);
        setColspan(clauses, 2);
        setColspan(controls, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        errors.register("title", title);
        errors.register("plannedDate", plannedDate);
        errors.register("auditor", auditor);
        errors.register("clauses", clauses);
        errors.register("controls", controls);
    }

    AuditPlan value() {
        return new AuditPlan(projectId, title.getValue(), plannedDate.getValue(), auditor.getValue(),
                clauses.getValue().stream().map(Requirement::id).collect(Collectors.toSet()),
                controls.getValue().stream().map(Requirement::key).collect(Collectors.toSet()));
    }

    void showErrors(Map<String, String> refusals) {
        errors.show(refusals);
    }
}
