package org.certflow.incident.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.certflow.catalog.Standard;
import org.certflow.incident.Impact;
import org.certflow.incident.IncidentReport;
import org.certflow.project.Project;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What a reporter tells about an incident. It only collects: {@code Incidents.report} validates, and
 * {@link #showErrors} puts each refusal next to its field, keyed like {@link IncidentReport}'s fields.
 */
class ReportIncidentForm extends VerticalLayout {

    private final ComboBox<Project> project = new ComboBox<>("Project");
    private final TextField summary = new TextField("What happened, in one line");
    private final TextArea description = new TextArea("What happened");
    private final DateTimePicker occurredAt = new DateTimePicker("When it happened, or when it was noticed");
    private final TextField affectedSystems = new TextField("Systems or AI systems involved");
    private final Checkbox involvesAi = new Checkbox("An AI system is involved");
    private final Checkbox personalData = new Checkbox("Personal data is affected");
    private final RadioButtonGroup<Impact> confidentiality =
            impact("Confidentiality: did someone see or get information they should not have?");
    private final RadioButtonGroup<Impact> integrity =
            impact("Integrity: was information, software or an AI model changed or corrupted?");
    private final RadioButtonGroup<Impact> availability =
            impact("Availability: was a service, a system or information unavailable?");
    private final RadioButtonGroup<Impact> harmToPeople =
            impact("Harm to people: did the AI system's output harm, disadvantage or discriminate against anyone?");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ReportIncidentForm(List<Project> projects, Project preselected) {
        setPadding(false);
        project.setItems(projects);
        project.setItemLabelGenerator(Project::name);
        project.setValue(preselected != null ? preselected : projects.size() == 1 ? projects.get(0) : null);
        summary.setHelperText("E.g. \"Support chatbot showed another customer's order\".");
        description.setHelperText("What you saw, what is affected, what you have done so far.");
        description.setMinHeight("7em");
        occurredAt.setValue(LocalDateTime.ofInstant(EngineClock.now(), ZoneId.systemDefault())
                .truncatedTo(ChronoUnit.MINUTES));
        affectedSystems.setHelperText("Separate several with commas, e.g. \"Support chatbot, Order database\".");
        personalData.setTooltipText("Information about identifiable people: customers, staff, applicants.");
        harmToPeople.setVisible(false);
        involvesAi.addValueChangeListener(e -> harmToPeople.setVisible(e.getValue()));
        offerAiOnlyWithAiInScope(project.getValue());
        project.addValueChangeListener(e -> offerAiOnlyWithAiInScope(e.getValue()));

        FormLayout what = new FormLayout(project, occurredAt, summary, description, affectedSystems, involvesAi,
                personalData);
        what.setColspan(summary, 2);
        what.setColspan(description, 2);
        what.setColspan(affectedSystems, 2);
        what.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        Paragraph scale = new Paragraph(Arrays.stream(Impact.values())
                .map(i -> i.label() + ": " + i.meaning()).collect(Collectors.joining(" · ")));
        scale.addClassName("impact-scale");
        add(new H3("What happened"), what, new H3("Impact"), scale, confidentiality, integrity, availability,
                harmToPeople);

        register("project", project);
        register("summary", summary);
        register("description", description);
        register("occurredAt", occurredAt);
        register("affectedSystems", affectedSystems);
        register("involvesAi", involvesAi);
        register("confidentiality", confidentiality);
        register("integrity", integrity);
        register("availability", availability);
        register("harmToPeople", harmToPeople);
    }

    IncidentReport value() {
        return new IncidentReport(project.getValue() == null ? null : project.getValue().id(), summary.getValue(),
                description.getValue(), occurredAt.getValue() == null ? null
                        : occurredAt.getValue().atZone(ZoneId.systemDefault()).toInstant(),
                affectedSystems.getValue(), involvesAi.getValue(), personalData.getValue(),
                confidentiality.getValue(), integrity.getValue(), availability.getValue(), harmToPeople.getValue());
    }

    /** Marks each refused field with its message and clears the others. */
    void showErrors(Map<String, String> errors) {
        fields.forEach((key, field) -> {
            field.setErrorMessage(errors.get(key));
            field.setInvalid(errors.containsKey(key));
        });
    }

    /** An ISO 27001-only project has no AI system in scope and no AI governance lead to assess one. */
    private void offerAiOnlyWithAiInScope(Project chosen) {
        boolean aiInScope = chosen == null || chosen.includes(Standard.ISO42001);
        involvesAi.setVisible(aiInScope);
        if (!aiInScope) {
            involvesAi.clear();
        }
    }

    private static RadioButtonGroup<Impact> impact(String label) {
        RadioButtonGroup<Impact> group = new RadioButtonGroup<>(label, Impact.values());
        group.setItemLabelGenerator(Impact::label);
        return group;
    }

    private <F extends HasValidation & HasValue<?, ?>> void register(String key, F field) {
        ((Component) field).setId("incident-" + key);
        field.setManualValidation(true);
        field.addValueChangeListener(e -> field.setInvalid(false));
        fields.put(key, field);
    }
}
