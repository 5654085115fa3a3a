package org.certflow.review;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One section of a review's inputs as a feature reported it when the review gathered them, e.g. "Statement of
 * Applicability" with one line per standard, and the project manager's notes on it. The facts never change
 * afterwards: the minutes say what the inputs said on that day.
 */
@Table("management_review_input")
public class InputSection {

    private static final String LINE_BREAK = "\n";

    private final String title;
    private final String facts;
    private final String notes;

    InputSection(String title, String facts, String notes) {
        this.title = title;
        this.facts = facts;
        this.notes = notes;
    }

    /** A fact is one line of the minutes, so a line break inside one becomes a space. */
    static InputSection of(String title, List<String> facts) {
        return new InputSection(title, String.join(LINE_BREAK, facts.stream()
                .map(fact -> fact.replaceAll("\\R", " ").strip()).filter(fact -> !fact.isEmpty()).toList()), null);
    }

    public String title() {
        return title;
    }

    public List<String> facts() {
        return facts.isEmpty() ? List.of() : Arrays.asList(facts.split(LINE_BREAK));
    }

    public String notes() {
        return notes;
    }

    InputSection withNotes(String notes) {
        return new InputSection(title, facts, notes);
    }
}
