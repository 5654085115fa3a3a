package org.certflow.certification;

import static org.certflow.shared.Dates.day;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.certflow.certification.DocumentedInformationRegister.Coverage;
import org.certflow.project.ReviewPeriod;
import org.certflow.security.People;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clause 9.3.2 b and d 4 from the register of documented information: the objectives documented for clause 6.2
 * (or that they are missing), and what was approved since the last review (for the first one, since the gap
 * analysis). The register is first brought up to date with what the processes documented.
 */
@Component
class DocumentedInformationReviewInput implements ManagementReviewInput {

    static final String OBJECTIVES_CLAUSE = "6.2";

    private final DocumentedInformationRegister register;
    private final ReviewPeriod period;
    private final People people;

    DocumentedInformationReviewInput(DocumentedInformationRegister register, ReviewPeriod period, People people) {
        this.register = register;
        this.period = period;
        this.people = people;
    }

    @Override
    public String title() {
        return "Documented objectives and documented information approved";
    }

    @Override
    public int position() {
        return 32;
    }

    @Override
    @Transactional
    public List<String> facts(long projectId) {
        register.collect(projectId);
        List<String> facts = new ArrayList<>();
        register.coverage(projectId).stream().filter(c -> c.document().clause().equals(OBJECTIVES_CLAUSE))
                .map(this::objectives).forEach(facts::add);
        ReviewPeriod.Start start = period.start(projectId);
        LocalDate startDay = LocalDate.ofInstant(start.at(), ZoneId.systemDefault());
        List<DocumentedInformation> approved = register.entries(projectId).stream()
                .filter(e -> e.isApproved() && e.approvedOn().isAfter(startDay)).toList();
        facts.add(approved.isEmpty() ? "No documented information approved " + start.since() + "."
                : "Approved " + start.since() + ": " + approved.stream().map(e -> e.clause() + " " + e.title() + " ("
                        + (e.documentVersion() == null ? "" : "version " + e.documentVersion() + ", ")
                        + day(e.approvedOn()) + ")").collect(Collectors.joining(", ")) + ".");
        return facts;
    }

    /** E.g. "AI objectives (6.2): AIMS/AI policy (objectives section), version 2.0, approved by Eva Eriksen on ...". */
    private String objectives(Coverage coverage) {
        String title = coverage.document().title() + " (" + OBJECTIVES_CLAUSE + "): ";
        DocumentedInformation entry = coverage.entry();
        if (entry == null) {
            return title + "not in the register of documented information yet.";
        }
        return title + entry.reference() + (entry.documentVersion() == null ? "" : ", version "
                + entry.documentVersion()) + (entry.isApproved() ? ", approved by "
                + people.displayName(entry.approvedBy()) + " on " + day(entry.approvedOn()) : ", not approved yet")
                + ".";
    }
}
