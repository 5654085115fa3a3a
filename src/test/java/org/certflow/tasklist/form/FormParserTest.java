package org.certflow.tasklist.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class FormParserTest {

    @Test
    void every_supported_component_type_is_read_in_order_with_groups_flattened_and_buttons_left_out() {
        FormDefinition form = FormParser.parse(resource("TasklistTestPlan.form"));

        assertThat(form.id()).isEqualTo("TasklistTestPlan");
        assertThat(form.fields()).extracting(FormField::type).containsExactly(FieldType.TEXT, FieldType.TEXTFIELD,
                FieldType.NUMBER, FieldType.NUMBER, FieldType.DATE, FieldType.TEXTAREA);
        assertThat(form.inputs()).extracting(FormField::key)
                .containsExactly("projectCode", "budgetDays", "riskAppetite", "kickOff", "planNotes");
    }

    @Test
    void a_text_component_keeps_its_markdown() {
        FormField intro = FormParser.parse(resource("TasklistTestPlan.form")).fields().get(0);

        assertThat(intro.isInput()).isFalse();
        assertThat(intro.text()).startsWith("# Plan the project\n\nAgree how the project will run:");
    }

    @Test
    void a_textfield_keeps_label_description_and_rules() {
        FormField code = FormParser.parse(resource("TasklistTestPlan.form")).field("projectCode").orElseThrow();

        assertThat(code.label()).isEqualTo("Project code");
        assertThat(code.description()).isEqualTo("Two capital letters and four digits, e.g. AB1234");
        assertThat(code.rules()).isEqualTo(new FieldRules(true, null, null, null, null, "^[A-Z]{2}[0-9]{4}$"));
    }

    @Test
    void a_number_keeps_bounds_and_decimal_digits() {
        FormDefinition form = FormParser.parse(resource("TasklistTestPlan.form"));

        assertThat(form.field("budgetDays").orElseThrow().rules()).isEqualTo(
                new FieldRules(true, 1.0, 200.0, null, null, null));
        assertThat(form.field("budgetDays").orElseThrow().decimalDigits()).isZero();
        assertThat(form.field("riskAppetite").orElseThrow().decimalDigits()).isEqualTo(1);
    }

    @Test
    void a_date_takes_its_date_label() {
        assertThat(FormParser.parse(resource("TasklistTestPlan.form")).field("kickOff").orElseThrow().label())
                .isEqualTo("Kick-off");
    }

    @Test
    void a_textarea_keeps_its_length_limit() {
        assertThat(FormParser.parse(resource("TasklistTestPlan.form")).field("planNotes").orElseThrow().rules()
                .maxLength()).isEqualTo(500);
    }

    @Test
    void select_radio_and_checkbox_keep_their_options_and_read_only_fields_are_not_editable() {
        FormDefinition review = FormParser.parse(resource("TasklistTestReview.form"));
        FormDefinition approve = FormParser.parse(resource("TasklistTestApprove.form"));

        assertThat(review.field("reviewOutcome").orElseThrow().options()).containsExactly(
                new Option("implemented", "Implemented"), new Option("partly", "Partly"));
        assertThat(review.field("ready").orElseThrow().type()).isEqualTo(FieldType.CHECKBOX);
        assertThat(approve.field("scopeDecision").orElseThrow().options()).extracting(Option::value)
                .containsExactly("approve", "sendBack");
        assertThat(approve.field("scopeSummary").orElseThrow().readonly()).isTrue();
        assertThat(approve.editableFields()).extracting(FormField::key).containsExactly("scopeDecision", "scopeReason");
    }

    @Test
    void a_default_value_is_kept_in_its_json_type() {
        FormDefinition form = FormParser.parse("""
                {"id": "F", "components": [
                  {"type": "checkbox", "key": "agreed", "label": "Agreed", "defaultValue": true},
                  {"type": "number", "key": "count", "label": "Count", "defaultValue": 3}]}""");

        assertThat(form.field("agreed").orElseThrow().defaultValue()).isEqualTo(true);
        assertThat(form.field("count").orElseThrow().defaultValue()).isEqualTo(3);
    }

    @Test
    void forms_that_cannot_be_honoured_are_refused_with_the_reason() {
        assertThatThrownBy(() -> FormParser.parse("{\"id\": \"F\", \"components\": ["))
                .hasMessageStartingWith("The form is not valid JSON");
        assertThatThrownBy(() -> FormParser.parse("""
                {"id": "F", "components": [{"type": "textfield", "label": "No key"}]}"""))
                .hasMessage("A textfield in form F has no key.");
        assertThatThrownBy(() -> FormParser.parse("""
                {"id": "F", "components": [{"type": "select", "key": "owner", "valuesKey": "owners"}]}"""))
                .hasMessageContaining("valuesKey");
        assertThatThrownBy(() -> FormParser.parse("""
                {"id": "F", "components": [{"type": "textfield", "key": "code", "validate": {"pattern": "[a-"}}]}"""))
                .hasMessageStartingWith("Field code in form F has an invalid pattern");
    }

    @Test
    void a_datetime_other_than_a_date_is_not_rendered() {
        FormDefinition form = FormParser.parse("""
                {"id": "F", "components": [{"type": "datetime", "subtype": "datetime", "key": "at"}]}""");

        assertThat(form.fields()).isEqualTo(List.of());
    }

    @Test
    void every_form_of_the_processes_can_be_rendered_by_the_task_list() throws IOException {
        Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
        assertThat(forms).isNotEmpty();

        for (Resource resource : forms) {
            String fileName = resource.getFilename();
            FormDefinition form = FormParser.parse(resource.getContentAsString(StandardCharsets.UTF_8));
            assertThat(form.id()).as(fileName).isEqualTo(fileName.replace(".form", ""));
            assertThat(form.inputs()).as(fileName).isNotEmpty();
        }
    }

    static String resource(String name) {
        try (InputStream in = FormParserTest.class.getResourceAsStream("/tasklist/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
