package org.certflow.audit.ui;

import java.util.Map;

import org.certflow.audit.Conformity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The result of the requirement selected in the audit panel: conforming, nonconforming or not audited, a note. */
class ResultEditor extends Div {

    /** Saves the result of the line; the panel shows a refusal with {@link #showErrors}. */
    interface Save {
        void save(ScopeLine line, Conformity result, String note);
    }

    private final H4 requirement = new H4();
    private final RadioButtonGroup<Conformity> result = new RadioButtonGroup<>("Result");
    private final TextArea note = new TextArea("Note: evidence seen, people interviewed, samples");
    private final FieldErrors errors = new FieldErrors();
    private ScopeLine line;

    ResultEditor(Save onSave) {
        addClassName("result-editor");
        result.setItems(Conformity.values());
        result.setItemLabelGenerator(Conformity::label);
        note.setWidthFull();
        Button save = new Button("Save result", e -> onSave.save(line, result.getValue(), note.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(requirement, result, note, save);
        errors.register("result", result);
        errors.register("note", note);
        setVisible(false);
    }

    void edit(ScopeLine line) {
        this.line = line;
        setVisible(line != null);
        if (line != null) {
            requirement.setText(line.requirement().label());
            result.setValue(line.result().result());
            note.setValue(line.result().note() == null ? "" : line.result().note());
            showErrors(Map.of());
        }
    }

    void showErrors(Map<String, String> refusals) {
        errors.show(refusals);
    }
}
