package org.certflow.risk.ui;

import static org.certflow.risk.RiskInput.ASSET;
import static org.certflow.risk.RiskInput.CONTROLS;
import static org.certflow.risk.RiskInput.IMPACT;
import static org.certflow.risk.RiskInput.LIKELIHOOD;
import static org.certflow.risk.RiskInput.NEXT_REVIEW;
import static org.certflow.risk.RiskInput.OWNER;
import static org.certflow.risk.RiskInput.RESIDUAL_IMPACT;
import static org.certflow.risk.RiskInput.RESIDUAL_LIKELIHOOD;
import static org.certflow.risk.RiskInput.THREAT;
import static org.certflow.risk.RiskInput.TITLE;
import static org.certflow.risk.RiskInput.TREATMENT;
import static org.certflow.risk.RiskInput.TREATMENT_PLAN;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.certflow.risk.RiskInput;
import org.certflow.risk.RiskMatrix;
import org.certflow.risk.RiskThreat;
import org.certflow.risk.RiskTreatment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.ElementFactory;

/**
 * The fields of a risk, with its ratings from the risk matrix as they are typed. It knows nothing of saving: the
 * dialog around it reads {@link #input()} and shows the register's refusals with {@link #showErrors}.
 */
class RiskForm extends FormLayout {

    private final TextField title = new TextField("Risk");
    private final ComboBox<String> asset = new ComboBox<>("Asset or AI system");
    private final Select<RiskThreat> threat = new Select<>();
    private final IntegerField likelihood = rating("Likelihood without treatment");
    private final IntegerField impact = rating("Impact without treatment");
    private final IntegerField residualLikelihood = rating("Residual likelihood");
    private final IntegerField residualImpact = rating("Residual impact");
    private final Span ratings = new Span();
    private final Select<String> owner = new Select<>();
    private final Select<RiskTreatment> treatment = new Select<>();
    private final TextArea treatmentPlan = new TextArea("Treatment plan");
    private final MultiSelectComboBox<String> controls = new MultiSelectComboBox<>("Controls (Statement of Applicability)");
    private final DatePicker nextReview = new DatePicker("Next review");
    private final Map<String, HasValidation> fields = Map.ofEntries(Map.entry(TITLE, title), Map.entry(ASSET, asset),
            Map.entry(THREAT, threat), Map.entry(LIKELIHOOD, likelihood), Map.entry(IMPACT, impact),
            Map.entry(RESIDUAL_LIKELIHOOD, residualLikelihood), Map.entry(RESIDUAL_IMPACT, residualImpact),
            Map.entry(OWNER, owner), Map.entry(TREATMENT, treatment), Map.entry(TREATMENT_PLAN, treatmentPlan),
            Map.entry(CONTROLS, controls), Map.entry(NEXT_REVIEW, nextReview));
    private final RiskMatrix matrix;

    RiskForm(List<RiskThreat> threats, List<String> aiSystems, List<String> riskOwners, List<String> controlKeys,
             Function<String, String> displayName, Function<String, String> controlLabel, RiskMatrix matrix) {
        this.matrix = matrix;
        addClassName("risk-form");
        asset.setItems(aiSystems);
        asset.setAllowCustomValue(true);
        asset.addCustomValueSetListener(e -> asset.setValue(e.getDetail()));
        asset.setHelperText(threats.stream().anyMatch(RiskThreat::isAiHarm)
                ? "An information asset, or for an AI harm one of the project's AI systems" : "An information asset");
        threat.setLabel("Threat or harm");
        threat.setItems(threats);
        threat.setItemLabelGenerator(t -> t.label() + (t.isAiHarm() ? " (AI)" : ""));
        owner.setLabel("Owner");
        owner.setItems(riskOwners);
        owner.setItemLabelGenerator(displayName::apply);
        treatment.setLabel("Treatment");
        treatment.setItems(RiskTreatment.values());
        treatment.setItemLabelGenerator(RiskTreatment::label);
        treatmentPlan.setHelperText("What is done, by whom, by when; for an accepted risk, why it is acceptable");
        controls.setItems(controlKeys);
        controls.setItemLabelGenerator(controlLabel::apply);
        ratings.addClassName("risk-form-ratings");
        fields.values().forEach(field -> field.setManualValidation(true));
        fields.forEach((key, field) -> ((Component) field).setId("risk-" + key));
        // a refusal stays at its field until the person changes the field, not until the next save
        fields.values().forEach(field -> ((HasValue<?, ?>) field).addValueChangeListener(e -> field.setInvalid(false)));
        List.of(likelihood, impact, residualLikelihood, residualImpact).forEach(f -> f.addValueChangeListener(e ->
                showRatings()));
        DatePicker.DatePickerI18n isoDates = new DatePicker.DatePickerI18n();
        isoDates.setDateFormat("yyyy-MM-dd");
        nextReview.setI18n(isoDates);
        add(title, asset, threat, owner, nextReview, likelihood, impact, residualLikelihood, residualImpact, ratings,
                treatment);
        getElement().appendChild(ElementFactory.createBr());
        add(treatmentPlan, controls);
        setColspan(title, 2);
        setColspan(ratings, 2);
        setColspan(treatmentPlan, 2);
        setColspan(controls, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    /** Fills the form from a stored risk, or from the defaults of a new one. */
    void show(RiskInput input) {
        title.setValue(input.title() == null ? "" : input.title());
        asset.setValue(input.asset());
        threat.setValue(input.threat());
        owner.setValue(input.owner());
        likelihood.setValue(input.likelihood());
        impact.setValue(input.impact());
        residualLikelihood.setValue(input.residualLikelihood());
        residualImpact.setValue(input.residualImpact());
        treatment.setValue(input.treatment());
        treatmentPlan.setValue(input.treatmentPlan() == null ? "" : input.treatmentPlan());
        controls.setValue(input.controls());
        nextReview.setValue(input.nextReview());
        fields.values().forEach(field -> field.setInvalid(false));
        showRatings();
    }

    RiskInput input() {
        return new RiskInput(title.getValue(), asset.getValue(), threat.getValue(), likelihood.getValue(),
                impact.getValue(), residualLikelihood.getValue(), residualImpact.getValue(), owner.getValue(),
                treatment.getValue(), treatmentPlan.getValue(), controls.getValue(), nextReview.getValue());
    }

    /** For someone who may read the register but not keep it. */
    void setReadOnly(boolean readOnly) {
        fields.values().forEach(field -> ((HasValue<?, ?>) field).setReadOnly(readOnly));
    }

    /** Marks each refused field with the register's message. */
    void showErrors(Map<String, String> errors) {
        fields.forEach((key, field) -> {
            field.setErrorMessage(errors.get(key));
            field.setInvalid(errors.containsKey(key));
        });
    }

    private void showRatings() {
        if (RiskMatrix.isRating(likelihood.getValue()) && RiskMatrix.isRating(impact.getValue())
                && RiskMatrix.isRating(residualLikelihood.getValue()) && RiskMatrix.isRating(residualImpact.getValue())) {
            ratings.setText("Risk matrix: " + matrix.rate(likelihood.getValue(), impact.getValue())
                    + " without treatment, " + matrix.rate(residualLikelihood.getValue(), residualImpact.getValue())
                    + " residual");
        } else {
            ratings.setText("Rate likelihood and impact from 1 (rare, negligible) to 5 (almost certain, severe).");
        }
    }

    private static IntegerField rating(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(RiskMatrix.MIN);
        field.setMax(RiskMatrix.MAX);
        field.setStepButtonsVisible(true);
        return field;
    }
}
