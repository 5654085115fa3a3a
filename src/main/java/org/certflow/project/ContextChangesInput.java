package org.certflow.project;

import static org.certflow.shared.Dates.day;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.certflow.project.ScopeAndContextHistory.Answer;
import org.certflow.project.ScopeAndContextHistory.Revision;
import org.certflow.shared.ManagementReviewInput;
import org.certflow.shared.ReviewFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clause 9.3.2 b and c: changes in the external and internal issues and in the needs and expectations of interested
 * parties, from what the project recorded: its standards and scope, and the scope and context answers of the gap
 * analysis (4.1-4.4). The first review states those answers as its starting point; later ones only what changed
 * since the last review, with the earlier value.
 */
@Component
class ContextChangesInput implements ManagementReviewInput {

    private final ProjectService projects;
    private final ReviewPeriod period;
    private final ScopeAndContextHistory scopeAndContext;

    ContextChangesInput(ProjectService projects, ReviewPeriod period, ScopeAndContextHistory scopeAndContext) {
        this.projects = projects;
        this.period = period;
        this.scopeAndContext = scopeAndContext;
    }

    @Override
    public String title() {
        return "Changes in external and internal issues and in interested parties' needs";
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> facts(long projectId) {
        Project project = projects.get(projectId);
        ReviewPeriod.Start start = period.start(projectId);
        List<String> facts = new ArrayList<>();
        facts.add("Standards and scope, as set when the project was created on " + day(project.createdAt()) + ": "
                + project.standards().label() + "; " + quoted(project.scope()));
        Map<Answer, List<Revision>> answers = scopeAndContext.of(projectId);
        if (answers.isEmpty()) {
            facts.add("The scope and context (clauses 4.1-4.4) have not been described yet.");
            return facts;
        }
        if (start.kind() != ReviewPeriod.Kind.LAST_REVIEW) {
            facts.add("The scope and context as the gap analysis described them, the starting point of the first "
                    + "management review:");
            answers.forEach((answer, revisions) -> facts.add(answer.label() + ": "
                    + quoted(revisions.get(revisions.size() - 1).value())));
        }
        if (start.kind() == ReviewPeriod.Kind.PROJECT_START) {
            facts.add("The gap analysis is not approved yet.");
            return facts;
        }
        List<String> changes = answers.entrySet().stream()
                .flatMap(answer -> change(answer.getKey(), answer.getValue(), start.at()).stream()).toList();
        facts.addAll(changes);
        if (changes.isEmpty()) {
            facts.add("No change to the scope and context " + start.since() + ".");
        }
        return facts;
    }

    /** The answer's change after {@code since}: its value then (if it had one) against its value now. */
    private static Optional<String> change(Answer answer, List<Revision> revisions, Instant since) {
        Revision now = revisions.get(revisions.size() - 1);
        Optional<Revision> then = revisions.stream().filter(r -> !r.at().isAfter(since))
                .reduce((earlier, later) -> later);
        if (!now.at().isAfter(since) || then.map(r -> r.value().equals(now.value())).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(answer.label() + (then.isPresent() ? " changed on " : " described on ") + day(now.at())
                + ": " + quoted(now.value()) + then.map(r -> " (before: " + quoted(r.value()) + ")").orElse(""));
    }

    /** An answer runs up to 4000 characters: the minutes quote its start. */
    private static String quoted(String text) {
        return text.isEmpty() ? "none given" : ReviewFacts.quoted(text);
    }
}
