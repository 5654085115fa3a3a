package org.certflow.certification.ui;

import java.util.Map;
import java.util.Set;

import org.certflow.catalog.Standard;
import org.certflow.certification.DocumentDetails;
import org.certflow.certification.DocumentedInformation;
import org.certflow.certification.DocumentedInformationRegister;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * Adds or edits one entry of the register. It fires a {@link SaveEvent} (or a {@link RemoveEvent}); the editor
 * saves and shows a refusal at its field with {@link #showError}.
 */
class RegisterEntryForm extends FormLayout {

    private static final String BOTH = "Both standards";

    private final H4 heading = new H4();
    private final Select<Standard> standard = new Select<>();
    private final TextField clause = new TextField("Clause");
    private final TextField title = new TextField("Title");
    private final TextField reference = new TextField("Reference (link, path or document number)");
    private final TextField version = new TextField("Version");
    private final TextField approvedBy = new TextField("Approved by");
    private final DatePicker approvedOn = new DatePicker("Approved on");
    private final Button remove = new Button("Remove");
    private final Map<String, HasValidation> fields = Map.of(DocumentedInformationRegister.STANDARD, standard,
            DocumentedInformationRegister.CLAUSE, clause, DocumentedInformationRegister.TITLE, title,
            DocumentedInformationRegister.REFERENCE, reference, DocumentedInformationRegister.VERSION, version,
            DocumentedInformationRegister.APPROVED_BY, approvedBy, DocumentedInformationRegister.APPROVED_ON,
            approvedOn);
    private DocumentedInformation entry;

    RegisterEntryForm(Set<Standard> standards) {
        addClassName("register-entry-form");
        standard.setLabel("Standard");
        standard.setItems(standards);
        standard.setEmptySelectionAllowed(true);
        standard.setEmptySelectionCaption(BOTH);
        standard.setItemLabelGenerator(s -> s == null ? BOTH : s.shortName());
        standard.setVisible(standards.size() > 1);
        clause.setHelperText("e.g. 5.2 or 6.1.3");
        fields.values().forEach(f -> f.setManualValidation(true));
        Button save = new Button("Save entry", e -> fireEvent(new SaveEvent(this, entry, details())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> fireEvent(new RemoveEvent(this, entry)));
        add(heading, standard, clause, title, reference, version, approvedBy, approvedOn,
                new HorizontalLayout(save, remove));
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setVisible(false);
    }

    /** Shows the entry to edit, or (entry null) a new one filled with {@code details}. */
    void edit(DocumentedInformation entry, DocumentDetails details) {
        this.entry = entry;
        heading.setText(entry == null ? "New entry" : "Entry " + entry.clause());
        standard.setValue(details.standard());
        clause.setValue(orEmpty(details.clause()));
        title.setValue(orEmpty(details.title()));
        reference.setValue(orEmpty(details.reference()));
        version.setValue(orEmpty(details.version()));
        approvedBy.setValue(orEmpty(details.approvedBy()));
        approvedOn.setValue(details.approvedOn());
        fields.values().forEach(f -> f.setInvalid(false));
        remove.setVisible(entry != null);
        setVisible(true);
    }

    void showError(String field, String message) {
        HasValidation target = fields.getOrDefault(field, reference);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }

    private DocumentDetails details() {
        fields.values().forEach(f -> f.setInvalid(false));
        return new DocumentDetails(standard.getValue(), clause.getValue(), title.getValue(), reference.getValue(),
                version.getValue(), approvedBy.getValue(), approvedOn.getValue());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static class SaveEvent extends ComponentEvent<RegisterEntryForm> {

        final DocumentedInformation entry;
        final DocumentDetails details;

        SaveEvent(RegisterEntryForm source, DocumentedInformation entry, DocumentDetails details) {
            super(source, false);
            this.entry = entry;
            this.details = details;
        }
    }

    static class RemoveEvent extends ComponentEvent<RegisterEntryForm> {

        final DocumentedInformation entry;

        RemoveEvent(RegisterEntryForm source, DocumentedInformation entry) {
            super(source, false);
            this.entry = entry;
        }
    }
}
