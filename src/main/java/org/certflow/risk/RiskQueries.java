package org.certflow.risk;

import java.util.ArrayList;
import java.util.List;

import org.certflow.shared.EngineClock;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Component;

/** Finds a page of a project's risks under a {@link RiskFilter}, in the database rather than in memory. */
@Component
class RiskQueries {

    private static final Sort ORDER = Sort.by(Sort.Order.desc("residualScore"), Sort.Order.asc("title"),
            Sort.Order.asc("id"));

    private final JdbcAggregateTemplate template;

    RiskQueries(JdbcAggregateTemplate template) {
        this.template = template;
    }

    List<Risk> page(long projectId, RiskFilter filter, int appetite, int offset, int limit) {
        Query query = Query.query(criteria(projectId, filter, appetite)).sort(ORDER).offset(offset).limit(limit);
        List<Risk> page = new ArrayList<>();
        template.findAll(query, Risk.class).forEach(page::add);
        return page;
    }

    int count(long projectId, RiskFilter filter, int appetite) {
        return (int) template.count(Query.query(criteria(projectId, filter, appetite)), Risk.class);
    }

    private static Criteria criteria(long projectId, RiskFilter filter, int appetite) {
        Criteria criteria = Criteria.where("projectId").is(projectId);
        if (filter.level() != null) {
            criteria = criteria.and("residualLevel").is(filter.level().name());
        }
        if (filter.threat() != null) {
            criteria = criteria.and("threat").is(filter.threat().name());
        }
        if (filter.owner() != null) {
            criteria = criteria.and("owner").is(filter.owner());
        }
        if (filter.aboveAppetiteOnly()) {
            criteria = criteria.and("residualScore").greaterThan(appetite);
        }
        if (filter.reviewOverdueOnly()) {
            criteria = criteria.and("nextReview").lessThan(EngineClock.today());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().trim().replace("%", "\\%").replace("_", "\\_") + "%";
            criteria = criteria.and(Criteria.where("title").like(pattern).ignoreCase(true)
                    .or("asset").like(pattern).ignoreCase(true));
        }
        if (filter.cell() != null) {
            RiskFilter.Cell cell = filter.cell();
            criteria = criteria.and(cell.residual() ? "residualLikelihood" : "likelihood").is(cell.likelihood())
                    .and(cell.residual() ? "residualImpact" : "impact").is(cell.impact());
        }
        return criteria;
    }
}
