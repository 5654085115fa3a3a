package org.certflow.review.ui;

import java.util.List;

import org.certflow.review.InputSection;
import org.certflow.review.InvalidReviewEntryException;
import org.certflow.review.ManagementReview;
import org.certflow.review.ReviewPreparation;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A review's inputs as they were gathered, section by section, with the project manager's notes: read-only, or,
 * while preparing, with a notes field per section that saves when the project manager leaves it.
 */
class ReviewInputs extends Div {

    private ReviewInputs(ManagementReview review) {
        addClassName("review-inputs");
        Paragraph gathered = new Paragraph("As gathered on " + Dates.moment(review.inputsGatheredAt())
                + "; later changes do not change them.");
        gathered.addClassName("muted");
        add(gathered);
    }

    static ReviewInputs readOnly(ManagementReview review) {
        ReviewInputs inputs = new ReviewInputs(review);
        review.inputs().forEach(section -> {
            inputs.addSection(section);
            if (section.notes() != null) {
                Paragraph notes = new Paragraph("Notes: " + section.notes());
                notes.addClassName("review-notes");
                inputs.add(notes);
            }
        });
        return inputs;
    }

    static ReviewInputs withNotes(ManagementReview review, ReviewPreparation preparation, String username) {
        ReviewInputs inputs = new ReviewInputs(review);
        List<InputSection> sections = review.inputs();
        for (int i = 0; i < sections.size(); i++) {
            inputs.addSection(sections.get(i));
            inputs.add(inputs.notesField(review.id(), i, sections.get(i), preparation, username));
        }
        return inputs;
    }

    private void addSection(InputSection section) {
        add(new H4(section.title()));
        if (section.facts().isEmpty()) {
            Paragraph nothing = new Paragraph("Nothing to report.");
            nothing.addClassName("muted");
            add(nothing);
        } else {
            add(new UnorderedList(section.facts().stream().map(ListItem::new).toArray(ListItem[]::new)));
        }
    }

    private TextArea notesField(long reviewId, int index, InputSection section, ReviewPreparation preparation,
                                String username) {
        TextArea notes = new TextArea("Your notes on \"" + section.title() + "\"");
        notes.setWidthFull();
        notes.setMaxLength(4000);
        notes.setValue(section.notes() == null ? "" : section.notes());
        notes.addValueChangeListener(e -> {
            try {
                preparation.saveNotes(reviewId, index, e.getValue(), username);
                notes.setInvalid(false);
                Notification.show("Notes saved.", 2000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidReviewEntryException refused) {
                notes.setErrorMessage(refused.getMessage());
                notes.setInvalid(true);
            }
        });
        return notes;
    }
}
