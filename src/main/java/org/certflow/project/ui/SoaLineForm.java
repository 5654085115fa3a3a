package org.certflow.project.ui;

import java.util.List;
import java.util.function.Function;

import org.certflow.catalog.Control;
import org.certflow.project.InvalidSoaDecisionException;
import org.certflow.project.SoaLine;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/**
 * Edits one SoA line: applicable or not, why, and (if applicable) its owner among the project's control
 * owners. It fires a {@link SaveEvent}; the editor decides and reports back refusals or conflicts.
 */
class SoaLineForm extends FormLayout {

    private final H4 heading = new H4();
    private final RadioButtonGroup<Boolean> applicable = new RadioButtonGroup<>("Does the control apply?");
    private final TextArea justification = new TextArea("Justification");
    private final ComboBox<String> owner = new ComboBox<>("Owner");
    private final Paragraph notice = new Paragraph();
    private SoaLine line;

    SoaLineForm(List<String> controlOwners, Function<String, String> displayName) {
        addClassName("soa-line-form");
        applicable.setItems(true, false);
        applicable.setItemLabelGenerator(yes -> yes ? "Applicable" : "Not applicable");
        applicable.addValueChangeListener(e -> owner.setVisible(Boolean.TRUE.equals(e.getValue())));
        justification.setHelperText("The auditor reads it in the Statement of Applicability.");
        justification.setMinHeight("6em");
        owner.setItems(controlOwners);
        owner.setItemLabelGenerator(displayName::apply);
        owner.setHelperText("Implements the control and records its evidence.");
        notice.addClassName("form-notice");
        applicable.setManualValidation(true);
        justification.setManualValidation(true);
        owner.setManualValidation(true);
        applicable.addValueChangeListener(e -> applicable.setInvalid(false));
        justification.addValueChangeListener(e -> justification.setInvalid(false));
        owner.addValueChangeListener(e -> owner.setInvalid(false));

        Button save = new Button("Save decision", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, notice, applicable, justification, owner, save);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        edit(null, null);
    }

    /** Shows a line as it is stored; {@code control} names it in the heading. */
    void edit(SoaLine line, Control control) {
        this.line = line;
        setVisible(line != null);
        if (line == null) {
            return;
        }
        heading.setText(control.id() + " " + control.title());
        applicable.setValue(line.applicable());
        justification.setValue(line.justification() == null ? "" : line.justification());
        owner.setValue(line.owner());
        owner.setVisible(Boolean.TRUE.equals(line.applicable()));
        notice.setVisible(false);
        applicable.setInvalid(false);
        justification.setInvalid(false);
        owner.setInvalid(false);
    }

    /**
     * Someone saved the line meanwhile: the form now works on their version, so the next save overwrites it
     * knowingly, and keeps what this user typed; their decision is shown for comparison.
     */
    void conflict(SoaLine current) {
        line = current;
        notice.setText("Someone else changed this line; reloaded. Now stored: "
                + (current.applicable() == null ? "undecided" : current.applicable() ? "applicable" : "not applicable")
                + (current.justification() == null ? "" : ", \"" + current.justification() + "\"")
                + ". Your text is kept below; save again to replace it.");
        notice.setVisible(true);
    }

    void showError(String field, String message) {
        HasValidation target = InvalidSoaDecisionException.OWNER.equals(field) ? owner : justification;
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private void save() {
        if (applicable.isEmpty()) {
            applicable.setErrorMessage("Say whether the control applies.");
            applicable.setInvalid(true);
            return;
        }
        fireEvent(new SaveEvent(this, line, applicable.getValue(), justification.getValue(), owner.getValue()));
    }

    static class SaveEvent extends ComponentEvent<SoaLineForm> {

        private final SoaLine line;
        private final boolean applicable;
        private final String justification;
        private final String owner;

        SaveEvent(SoaLineForm source, SoaLine line, boolean applicable, String justification, String owner) {
            super(source, false);
            this.line = line;
            this.applicable = applicable;
            this.justification = justification;
            this.owner = owner;
        }

        SoaLine line() {
            return line;
        }

        boolean applicable() {
            return applicable;
        }

        String justification() {
            return justification;
        }

        String owner() {
            return owner;
        }
    }
}
