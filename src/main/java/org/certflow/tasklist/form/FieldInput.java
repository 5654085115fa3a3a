package org.certflow.tasklist.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One input of a task form: the Vaadin field for its type, and the conversion between the field's value and the
 * form value that {@link FormValidator} checks and {@link FormValues} stores. Each field validates manually, so
 * the only messages shown are FormValidator's.
 */
final class FieldInput<V> {

    private final FormField field;
    private final Component component;
    private final HasValue<?, V> input;
    private final HasValidation validation;
    private final Function<V, Object> toForm;
    private final Function<Object, V> fromForm;

    private <C extends Component & HasValue<?, V> & HasValidation & HasLabel & HasHelper> FieldInput(
            FormField field, C input, Function<V, Object> toForm, Function<Object, V> fromForm) {
        this.field = field;
        this.component = input;
        this.input = input;
        this.validation = input;
        this.toForm = toForm;
        this.fromForm = fromForm;
        input.setLabel(field.label());
        input.setHelperText(field.description());
        input.setRequiredIndicatorVisible(field.isRequired());
        input.setReadOnly(field.readonly());
        input.addValueChangeListener(e -> showError(FormValidator.check(field, value()).orElse(null)));
        component.getElement().setAttribute("data-key", field.key());
    }

    static FieldInput<?> of(FormField field) {
        return switch (field.type()) {
            case TEXTFIELD -> text(field, new TextField());
            case TEXTAREA -> text(field, new TextArea());
            case NUMBER -> number(field);
            case CHECKBOX -> checkbox(field);
            case SELECT -> select(field);
            case RADIO -> radio(field);
            case DATE -> date(field);
            case TEXT -> throw new IllegalArgumentException("A text component is no input");
        };
    }

    FormField field() {
        return field;
    }

    Component component() {
        return component;
    }

    Object value() {
        return toForm.apply(input.getValue());
    }

    void setValue(Object value) {
        V converted = value == null ? null : fromForm.apply(value);
        input.setValue(converted == null ? input.getEmptyValue() : converted);
    }

    void showError(String message) {
        validation.setErrorMessage(message);
        validation.setInvalid(message != null);
    }

    private static FieldInput<String> text(FormField field, TextField input) {
        input.setManualValidation(true);
        return new FieldInput<>(field, input, s -> s, String::valueOf);
    }

    private static FieldInput<String> text(FormField field, TextArea input) {
        input.setManualValidation(true);
        return new FieldInput<>(field, input, s -> s, String::valueOf);
    }

    private static FieldInput<Double> number(FormField field) {
        NumberField input = new NumberField();
        input.setManualValidation(true);
        // a whole number goes to the validator as a Long, anything else as entered
        return new FieldInput<>(field, input, d -> d != null && field.decimalDigits() == 0 && d == Math.rint(d)
                ? (Object) d.longValue() : d, v -> v instanceof Number n ? n.doubleValue() : null);
    }

    private static FieldInput<Boolean> checkbox(FormField field) {
        Checkbox input = new Checkbox();
        input.setManualValidation(true);
        return new FieldInput<>(field, input, b -> b, Boolean.TRUE::equals);
    }

    private static FieldInput<String> select(FormField field) {
        Select<String> input = new Select<>();
        input.setManualValidation(true);
        input.setItems(field.options().stream().map(Option::value).toList());
        // the empty choice of an optional select is rendered through the generator too, as null
        input.setItemLabelGenerator(value -> value == null ? "" : field.labelOf(value).orElse(value));
        input.setEmptySelectionAllowed(!field.isRequired());
        input.setEmptySelectionCaption("Not answered");
        return new FieldInput<>(field, input, s -> s, v -> option(field, v));
    }

    private static FieldInput<String> radio(FormField field) {
        RadioButtonGroup<String> input = new RadioButtonGroup<>();
        input.setManualValidation(true);
        input.setItems(field.options().stream().map(Option::value).toList());
        input.setItemLabelGenerator(value -> field.labelOf(value).orElse(value));
        return new FieldInput<>(field, input, s -> s, v -> option(field, v));
    }

    private static FieldInput<LocalDate> date(FormField field) {
        DatePicker input = new DatePicker();
        input.setManualValidation(true);
        input.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        return new FieldInput<>(field, input, d -> d == null ? null : d.toString(), FieldInput::isoDate);
    }

    private static String option(FormField field, Object value) {
        return field.labelOf(String.valueOf(value)).isPresent() ? String.valueOf(value) : null;
    }

    private static LocalDate isoDate(Object value) {
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
