package org.certflow.project.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.certflow.project.NewProject;
import org.certflow.project.StandardsScope;
import org.certflow.project.StartingPoint;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What the wizard asks, in three sections. It only collects: {@code ProjectService.create} validates, and
 * {@link #showErrors} puts each refusal next to its field, keyed like {@code NewProject}'s fields.
 */
class NewProjectForm extends VerticalLayout {

    private final TextField name = new TextField("Project name");
    private final TextField organisation = new TextField("Organisation");
    private final RadioButtonGroup<StandardsScope> standards = new RadioButtonGroup<>("Standards");
    private final RadioButtonGroup<StartingPoint> startingPoint = new RadioButtonGroup<>("Starting point");
    private final TextArea scope = new TextArea("Scope");
    private final DatePicker startDate = new DatePicker("Start date", EngineClock.today());
    private final DatePicker targetDate = new DatePicker("Target certification date (optional)");
    private final RolePeopleFields people;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph otherErrors = new Paragraph();

    NewProjectForm(People people, String creator) {
        this.people = new RolePeopleFields(people);
        this.people.propose(Role.PROJECT_MANAGER, creator);
        setPadding(false);

        organisation.setHelperText("The legal entity to be certified.");
        standards.setItems(StandardsScope.values());
        standards.setItemLabelGenerator(StandardsScope::label);
        startingPoint.setItems(StartingPoint.values());
        startingPoint.setItemLabelGenerator(StartingPoint::label);
        startingPoint.setValue(StartingPoint.NONE);
        startingPoint.setHelperText("An ISO 27001 certificate shortens the way to ISO 42001: policies, risk "
                + "method and many controls exist already.");
        scope.setHelperText("Which organisation units, sites, products and AI systems the management system covers.");
        scope.setMinHeight("7em");
        targetDate.setHelperText("The plan is fitted to end by this date, within each phase's range.");
        standards.addValueChangeListener(e -> this.people.showRolesOf(e.getValue()));
        otherErrors.addClassName("form-error");
        otherErrors.setVisible(false);

        FormLayout project = section(name, organisation, scope);
        project.setColspan(scope, 2);
        FormLayout standardsAndPlan = section(standards, startingPoint, startDate, targetDate);
        add(otherErrors, new H3("Project"), project, new H3("Standards and dates"), standardsAndPlan,
                new H3("People"), this.people);

        register("name", name);
        register("organisation", organisation);
        register("standards", standards);
        register("startingPoint", startingPoint);
        register("scope", scope);
        register("startDate", startDate);
        register("targetDate", targetDate);
        for (Role role : Role.values()) {
            fields.put("people." + role.groupId(), this.people.field(role));
        }
    }

    /** Runs whenever an input of the plan changes: standards, starting point or dates. */
    void onPlanInputChange(Runnable listener) {
        standards.addValueChangeListener(e -> listener.run());
        startingPoint.addValueChangeListener(e -> listener.run());
        startDate.addValueChangeListener(e -> listener.run());
        targetDate.addValueChangeListener(e -> listener.run());
    }

    NewProject value() {
        return new NewProject(name.getValue(), organisation.getValue(), standards.getValue(),
                startingPoint.getValue(), scope.getValue(), startDate.getValue(), targetDate.getValue(),
                people.value(standards.getValue()));
    }

    /** Marks each refused field with its message; any message without a field shows above the form. */
    void showErrors(Map<String, String> errors) {
        fields.values().forEach(field -> field.setInvalid(false));
        StringBuilder unplaced = new StringBuilder();
        errors.forEach((key, message) -> {
            HasValidation field = fields.get(key);
            if (field == null) {
                unplaced.append(message).append(' ');
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        otherErrors.setText(unplaced.toString().trim());
        otherErrors.setVisible(!unplaced.isEmpty());
    }

    private <F extends HasValidation & HasValue<?, ?>> void register(String key, F field) {
        ((Component) field).setId("project-" + key);
        field.setManualValidation(true);
        field.addValueChangeListener(e -> field.setInvalid(false));
        fields.put(key, field);
    }

    private static FormLayout section(Component... components) {
        FormLayout layout = new FormLayout(components);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        return layout;
    }
}
