package org.certflow.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The read-only catalogue, loaded once from the data files in {@code src/main/resources/catalog/}
 * (their sources are named in {@code SOURCES.md} beside them).
 */
@Service
public class Catalog {

    private final List<Control> controls;
    private final Map<String, Control> controlsByKey;
    private final List<Clause> clauses;
    private final List<TopicOverlap> overlaps;

    public Catalog() {
        controls = read("annex-a-controls.csv", r -> new Control(Standard.valueOf(r.get("standard")), r.get("id"),
                r.get("title"), r.get("group")));
        controlsByKey = controls.stream().collect(Collectors.toUnmodifiableMap(Control::key, Function.identity()));
        clauses = read("clauses.csv", r -> new Clause(r.get("clause"), r.get("parent"), r.get("title_iso27001"),
                r.get("title_iso42001"), Clause.Kind.valueOf(r.get("kind"))));
        overlaps = read("topic-overlap.csv", r -> new TopicOverlap(r.get("topic"), ids(r.get("iso42001_controls")),
                ids(r.get("iso27001_controls")), r.get("note")));
    }

    public List<Control> controls() {
        return controls;
    }

    public List<Control> controls(Standard standard) {
        return controls.stream().filter(c -> c.standard() == standard).toList();
    }

    public Optional<Control> control(String key) {
        return Optional.ofNullable(controlsByKey.get(key));
    }

    /** Themes (ISO 27001) or domains (ISO 42001) in catalogue order. */
    public List<String> groups(Standard standard) {
        return controls(standard).stream().map(Control::group).distinct().toList();
    }

    public List<Clause> clauses() {
        return clauses;
    }

    public List<TopicOverlap> overlaps() {
        return overlaps;
    }

    private static List<String> ids(String semicolonSeparated) {
        return semicolonSeparated.isBlank() ? List.of() : Arrays.asList(semicolonSeparated.split(";"));
    }

    private static <T> List<T> read(String file, Function<CSVRecord, T> mapper) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(new ClassPathResource("catalog/" + file).getInputStream(),
                StandardCharsets.UTF_8); Stream<CSVRecord> records = format.parse(in).stream()) {
            return records.map(mapper).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue file " + file, e);
        }
    }
}
