package org.certflow.tasklist.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormValuesTest {

    private final FormDefinition plan = FormParser.parse(FormParserTest.resource("TasklistTestPlan.form"));
    private final FormDefinition approve = FormParser.parse(FormParserTest.resource("TasklistTestApprove.form"));
    private final FormDefinition review = FormParser.parse(FormParserTest.resource("TasklistTestReview.form"));

    @Test
    void a_form_opens_with_the_variables_of_its_fields_only() {
        Map<String, Object> values = FormValues.prefill(plan, Map.of("projectCode", "AB1234", "budgetDays", 20L,
                "somethingElse", "x"));

        assertThat(values).containsOnly(Map.entry("projectCode", "AB1234"), Map.entry("budgetDays", 20L));
    }

    @Test
    void decisions_and_reasons_are_never_prefilled() {
        Map<String, Object> values = FormValues.prefill(approve, Map.of("scopeSummary", "Head office",
                "scopeDecision", "sendBack", "scopeReason", "Too narrow"));

        assertThat(values).containsOnly(Map.entry("scopeSummary", "Head office"));
        assertThat(FormValues.isDecision("approveSecurityPolicyDecision")).isTrue();
        assertThat(FormValues.isDecision("approveSecurityPolicyReason")).isTrue();
        assertThat(FormValues.isDecision("reviewNotes")).isFalse();
    }

    @Test
    void a_date_variable_opens_as_an_iso_date() {
        Date date = Date.from(LocalDate.of(2027, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());

        assertThat(FormValues.prefill(plan, Map.of("kickOff", date))).containsEntry("kickOff", "2027-03-01");
    }

    @Test
    void the_forms_default_applies_when_there_is_no_variable() {
        FormDefinition form = FormParser.parse("""
                {"id": "F", "components": [{"type": "checkbox", "key": "agreed", "defaultValue": true}]}""");

        assertThat(FormValues.prefill(form, Map.of())).containsEntry("agreed", true);
        assertThat(FormValues.prefill(form, Map.of("agreed", false))).containsEntry("agreed", false);
    }

    @Test
    void stored_values_take_the_type_of_their_field() {
        Map<String, Object> entered = new HashMap<>(Map.of("projectCode", "AB1234", "budgetDays", 20,
                "riskAppetite", 3, "kickOff", "2027-03-01", "planNotes", " "));

        Map<String, Object> stored = FormValues.toStore(plan, entered);

        assertThat(stored.get("budgetDays")).isEqualTo(20L);
        assertThat(stored.get("riskAppetite")).isEqualTo(3.0);
        assertThat(stored).containsEntry("projectCode", "AB1234").containsEntry("kickOff", "2027-03-01")
                .containsEntry("planNotes", null);
    }

    @Test
    void an_untouched_checkbox_is_stored_as_false_and_keys_outside_the_form_are_dropped() {
        Map<String, Object> stored = FormValues.toStore(review, Map.of("reviewNotes", "Checked them all",
                "reviewOutcome", "partly", "injected", "x"));

        assertThat(stored).containsOnlyKeys("reviewNotes", "reviewOutcome", "ready").containsEntry("ready", false);
    }

    @Test
    void read_only_fields_are_never_stored() {
        assertThat(FormValues.toStore(approve, Map.of("scopeSummary", "changed", "scopeDecision", "approve")))
                .doesNotContainKey("scopeSummary");
    }
}
