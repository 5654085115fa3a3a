package org.certflow.tasklist.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static FormField field(FieldType type, FieldRules rules) {
        return new FormField("f", type, "F", null, rules, List.of(), 0, false, null, null);
    }

    private static FormField choice(FieldType type) {
        return new FormField("f", type, "F", null, FieldRules.NONE,
                List.of(new Option("approve", "Approve"), new Option("sendBack", "Send back")), 0, false, null, null);
    }

    private static final FieldRules REQUIRED = new FieldRules(true, null, null, null, null, null);

    @Test
    void a_required_field_needs_a_value_and_blank_text_is_no_value() {
        assertThat(FormValidator.check(field(FieldType.TEXTFIELD, REQUIRED), "  ")).contains("Please fill this in.");
        assertThat(FormValidator.check(field(FieldType.TEXTAREA, REQUIRED), null)).contains("Please fill this in.");
        assertThat(FormValidator.check(field(FieldType.NUMBER, REQUIRED), null)).contains("Please fill this in.");
        assertThat(FormValidator.check(field(FieldType.DATE, REQUIRED), null)).contains("Please fill this in.");
        assertThat(FormValidator.check(field(FieldType.TEXTFIELD, REQUIRED), "x")).isEmpty();
    }

    @Test
    void an_empty_optional_field_passes_whatever_its_other_rules() {
        FieldRules rules = new FieldRules(false, 1.0, 5.0, 3, 10, "^\\d+$");

        assertThat(FormValidator.check(field(FieldType.TEXTFIELD, rules), "")).isEmpty();
        assertThat(FormValidator.check(field(FieldType.NUMBER, rules), null)).isEmpty();
    }

    @Test
    void text_respects_min_and_max_length_and_pattern() {
        FormField code = field(FieldType.TEXTFIELD, new FieldRules(false, null, null, 3, 6, "^[A-Z]+$"));

        assertThat(FormValidator.check(code, "AB")).contains("At least 3 characters, please.");
        assertThat(FormValidator.check(code, "ABCDEFG")).contains("At most 6 characters, please.");
        assertThat(FormValidator.check(code, "abc")).contains("This does not have the expected format.");
        assertThat(FormValidator.check(code, "ABC")).isEmpty();
    }

    @Test
    void an_unanchored_pattern_matches_anywhere_as_in_camunda_forms() {
        FormField field = field(FieldType.TEXTAREA, new FieldRules(false, null, null, null, null, "ISO"));

        assertThat(FormValidator.check(field, "per ISO 27001")).isEmpty();
        assertThat(FormValidator.check(field, "per NIST")).isPresent();
    }

    @Test
    void numbers_respect_min_max_and_decimal_digits() {
        FormField whole = field(FieldType.NUMBER, new FieldRules(false, 1.0, 200.0, null, null, null));
        FormField oneDecimal = new FormField("f", FieldType.NUMBER, "F", null,
                new FieldRules(false, 0.0, 10.0, null, null, null), List.of(), 1, false, null, null);

        assertThat(FormValidator.check(whole, 0L)).contains("At least 1.");
        assertThat(FormValidator.check(whole, 201)).contains("At most 200.");
        assertThat(FormValidator.check(whole, 2.5)).contains("Enter a whole number.");
        assertThat(FormValidator.check(whole, 20.0)).isEmpty();
        assertThat(FormValidator.check(whole, "20")).contains("Enter a number.");
        assertThat(FormValidator.check(oneDecimal, 2.25)).contains("At most 1 decimal.");
        assertThat(FormValidator.check(oneDecimal, 10.5)).contains("At most 10.");
        assertThat(FormValidator.check(oneDecimal, 9.5)).isEmpty();
    }

    @Test
    void a_required_checkbox_must_be_ticked() {
        FormField box = field(FieldType.CHECKBOX, REQUIRED);

        assertThat(FormValidator.check(box, false)).contains("Please tick this box.");
        assertThat(FormValidator.check(box, true)).isEmpty();
        assertThat(FormValidator.check(field(FieldType.CHECKBOX, FieldRules.NONE), false)).isEmpty();
        assertThat(FormValidator.check(field(FieldType.CHECKBOX, FieldRules.NONE), "yes")).isPresent();
    }

    @Test
    void select_and_radio_accept_only_their_options() {
        for (FieldType type : List.of(FieldType.SELECT, FieldType.RADIO)) {
            assertThat(FormValidator.check(choice(type), "approve")).isEmpty();
            assertThat(FormValidator.check(choice(type), "Approve")).contains("Choose one of the options.");
        }
    }

    @Test
    void a_date_is_an_iso_date_string() {
        FormField date = field(FieldType.DATE, FieldRules.NONE);

        assertThat(FormValidator.check(date, "2027-03-01")).isEmpty();
        assertThat(FormValidator.check(date, "01.03.2027")).contains("Enter a date like 2027-03-01.");
        assertThat(FormValidator.check(date, LocalDate.of(2027, 3, 1))).isPresent();
    }

    @Test
    void a_form_reports_each_broken_field_in_form_order_and_skips_read_only_fields() {
        FormDefinition form = FormParser.parse(FormParserTest.resource("TasklistTestApprove.form"));

        assertThat(FormValidator.validate(form, Map.of("scopeReason", "Too narrow")))
                .containsExactly(Map.entry("scopeDecision", "Please choose one."));
        assertThat(FormValidator.validate(form, Map.of("scopeDecision", "approve"))).isEmpty();
    }

    @Test
    void what_the_page_stores_passes_again_when_the_engine_checks_the_stored_variables() {
        FormDefinition plan = FormParser.parse(FormParserTest.resource("TasklistTestPlan.form"));
        Map<String, Object> entered = new HashMap<>(Map.of("projectCode", "AB1234", "budgetDays", 20.0,
                "riskAppetite", 3L, "kickOff", "2027-03-01", "planNotes", " "));

        Map<String, Object> stored = FormValues.toStore(plan, entered);

        assertThat(FormValidator.validate(plan, entered)).isEmpty();
        assertThat(stored).containsEntry("budgetDays", 20L).containsEntry("riskAppetite", 3.0)
                .containsEntry("planNotes", null);
        assertThat(FormValidator.validate(plan, stored)).isEmpty();
    }

    @Test
    void stored_types_and_those_a_rest_client_sends_are_checked_as_entered_ones() {
        FormField whole = field(FieldType.NUMBER, new FieldRules(true, 1.0, 200.0, null, null, null));
        FormDefinition review = FormParser.parse(FormParserTest.resource("TasklistTestReview.form"));
        Date date = Date.from(LocalDate.of(2027, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());

        assertThat(FormValidator.check(whole, 20L)).isEmpty();
        assertThat(FormValidator.check(whole, 20)).isEmpty();
        assertThat(FormValidator.check(whole, 20.0)).isEmpty();
        assertThat(FormValidator.check(whole, 0)).contains("At least 1.");
        assertThat(FormValidator.check(field(FieldType.DATE, REQUIRED), date))
                .contains("Enter a date like 2027-03-01.");
        assertThat(FormValidator.check(field(FieldType.CHECKBOX, REQUIRED), Boolean.FALSE))
                .contains("Please tick this box.");
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewNotes", null);
        variables.put("reviewOutcome", "partly");
        variables.put("ready", Boolean.TRUE);
        assertThat(FormValidator.validate(review, variables))
                .containsExactly(Map.entry("reviewNotes", "Please fill this in."));
    }
}
