package org.certflow.risk;

import static org.certflow.shared.Dates.day;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The management review's input on risks (ISO 27001 9.3.2 c 4, ISO 42001 9.3.2): residual levels, risks above the
 * appetite and their acceptances with expiry, overdue reviews, treatments.
 */
@Component
class RiskStatusReport implements ManagementReviewInput {

    private final RiskRegister register;
    private final ProjectRiskSettings settings;
    private final People people;

    RiskStatusReport(RiskRegister register, ProjectRiskSettings settings, People people) {
        this.register = register;
        this.settings = settings;
        this.people = people;
    }

    @Override
    public String title() {
        return "Risk assessment results and risk treatment";
    }

    @Override
    public int position() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> facts(long projectId) {
        List<Risk> risks = register.risks(projectId);
        if (risks.isEmpty()) {
            return List.of("The risk register is empty.");
        }
        RiskSettings criteria = settings.of(projectId);
        int appetite = criteria.riskAppetite();
        LocalDate today = EngineClock.today();
        List<String> facts = new ArrayList<>();
        facts.add(risks.size() + " risks; residual levels: " + counts(risks, RiskLevel.values(),
                r -> r.residual().level(), RiskLevel::label) + ".");
        facts.add("Treatments: " + counts(risks, RiskTreatment.values(), Risk::treatment, RiskTreatment::label) + ".");
        List<Risk> above = risks.stream().filter(r -> r.isAboveAppetite(appetite)).toList();
        long unaccepted = above.stream().filter(r -> r.needsAcceptance(appetite, today)).count();
        facts.add(above.size() + " above the risk appetite (residual score " + appetite + "): "
                + (above.size() - unaccepted) + " accepted by an executive, " + unaccepted + " awaiting acceptance.");
        above.stream().filter(r -> r.isAcceptedOn(today)).forEach(r -> facts.add("Accepted until " + day(r.acceptedUntil())
                + " by " + people.displayName(r.acceptedBy()) + ": " + r.title() + ", residual " + r.residual() + "."));
        List<Risk> overdue = risks.stream().filter(r -> r.isReviewOverdue(today)).toList();
        facts.add(overdue.isEmpty() ? "No review overdue; risks are reviewed " + criteria.reviewInterval().label()
                .toLowerCase() + "." : "Reviews overdue: " + overdue.stream().map(r -> r.title() + " (due "
                + day(r.nextReview()) + ")").collect(Collectors.joining(", ")) + ".");
        return facts;
    }

    private static <T> String counts(List<Risk> risks, T[] values, Function<Risk, T> of, Function<T, String> label) {
        return Arrays.stream(values).map(value -> risks.stream().filter(r -> of.apply(r) == value).count() + " "
                + label.apply(value).toLowerCase()).collect(Collectors.joining(", "));
    }
}
