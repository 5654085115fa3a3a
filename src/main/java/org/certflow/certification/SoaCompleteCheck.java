package org.certflow.certification;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.certflow.catalog.Standard;
import org.certflow.project.SoaLine;
import org.certflow.project.StatementOfApplicability;
import org.certflow.shared.ReadinessCheck;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Readiness, per standard: every control of the Statement of Applicability decided, with a justification. */
@Component
@Order(2)
class SoaCompleteCheck implements ReadinessCheck {

    /** How many undecided controls a finding names before it only counts the rest. */
    private static final int NAMED = 10;

    private final StatementOfApplicability soa;

    SoaCompleteCheck(StatementOfApplicability soa) {
        this.soa = soa;
    }

    @Override
    public List<Result> check(long projectId) {
        Map<Standard, List<SoaLine>> byStandard = soa.lines(projectId).stream()
                .collect(Collectors.groupingBy(SoaLine::standard, TreeMap::new, Collectors.toList()));
        return byStandard.entrySet().stream().map(e -> result(e.getKey(), e.getValue())).toList();
    }

    private static Result result(Standard standard, List<SoaLine> lines) {
        String requirement = "Statement of Applicability complete (" + standard.shortName() + ")";
        List<String> undecided = lines.stream().filter(l -> !l.isDecided()).map(SoaLine::controlId).toList();
        if (undecided.isEmpty()) {
            long applicable = lines.stream().filter(l -> Boolean.TRUE.equals(l.applicable())).count();
            return new Result(requirement, true, "All " + lines.size() + " controls decided with a justification: "
                    + applicable + " applicable, " + (lines.size() - applicable) + " not applicable.");
        }
        String named = String.join(", ", undecided.subList(0, Math.min(NAMED, undecided.size())))
                + (undecided.size() > NAMED ? " and " + (undecided.size() - NAMED) + " more" : "");
        return new Result(requirement, false, undecided.size() + " of " + lines.size()
                + " controls without a decision and its justification: " + named + ".");
    }
}
