package org.certflow.certification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.certflow.shared.ReadinessCheck;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One run of the readiness check before Stage 1: every computed result at that moment. A project is ready when
 * every result passed; the report is kept, so the project shows what was checked when.
 */
@Table("readiness_report")
public class ReadinessReport {

    @Id
    private Long id;
    private Long projectId;
    private Instant checkedAt;
    private boolean ready;
    @MappedCollection(idColumn = "readiness_report", keyColumn = "ordinal")
    private List<Line> results = new ArrayList<>();

    ReadinessReport() {
    }

    ReadinessReport(long projectId, Instant checkedAt, List<ReadinessCheck.Result> results) {
        this.projectId = projectId;
        this.checkedAt = checkedAt;
        this.results = results.stream().map(r -> new Line(r.requirement(), r.passed(), r.finding())).toList();
        this.ready = !results.isEmpty() && results.stream().allMatch(ReadinessCheck.Result::passed);
    }

    /** One result as stored. */
    @Table("readiness_result")
    public record Line(String requirement, boolean passed, String finding) {
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public boolean isReady() {
        return ready;
    }

    public List<Line> results() {
        return List.copyOf(results);
    }

    public List<Line> failed() {
        return results.stream().filter(r -> !r.passed()).toList();
    }
}
