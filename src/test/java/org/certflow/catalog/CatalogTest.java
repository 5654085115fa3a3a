package org.certflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.certflow.catalog.Clause.Kind;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = new Catalog();

    @Test
    void iso27001_has_93_controls_in_four_themes() {
        assertThat(catalog.controls(Standard.ISO27001)).hasSize(93);
        assertThat(countPerGroup(Standard.ISO27001)).containsExactly(
                Map.entry("Organizational", 37L), Map.entry("People", 8L),
                Map.entry("Physical", 14L), Map.entry("Technological", 34L));
    }

    @Test
    void iso42001_has_38_controls_in_nine_domains_a2_to_a10() {
        assertThat(catalog.controls(Standard.ISO42001)).hasSize(38);
        Map<String, Long> perDomain = countPerGroup(Standard.ISO42001);
        assertThat(perDomain.keySet()).extracting(domain -> domain.split(" ")[0])
                .containsExactly("A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10");
        assertThat(perDomain.values()).containsExactly(3L, 2L, 5L, 4L, 9L, 5L, 4L, 3L, 3L);
    }

    @Test
    void every_control_belongs_to_the_theme_or_domain_its_id_says() {
        assertThat(catalog.controls(Standard.ISO42001))
                .allSatisfy(c -> assertThat(c.id()).startsWith(c.group().split(" ")[0] + "."));
        assertThat(catalog.controls(Standard.ISO27001)).allSatisfy(c -> assertThat(c.group()).isEqualTo(
                switch (c.id().split("\\.")[0]) {
                    case "5" -> "Organizational";
                    case "6" -> "People";
                    case "7" -> "Physical";
                    default -> "Technological";
                }));
    }

    @Test
    void clauses_4_to_10_are_43_of_which_37_common_4_discipline_specific_2_only_in_42001() {
        assertThat(catalog.clauses()).hasSize(43);
        Map<Kind, Long> perKind = catalog.clauses().stream()
                .collect(Collectors.groupingBy(Clause::kind, Collectors.counting()));
        assertThat(perKind).containsOnly(Map.entry(Kind.COMMON, 37L), Map.entry(Kind.DISCIPLINE_SPECIFIC, 4L),
                Map.entry(Kind.ISO42001_ONLY, 2L));
        assertThat(catalog.clauses().stream().filter(c -> c.kind() == Kind.ISO42001_ONLY).map(Clause::id))
                .containsExactly("6.1.4", "8.4");
    }

    @Test
    void clauses_only_in_42001_do_not_apply_to_27001() {
        assertThat(catalog.clauses().stream().filter(c -> c.appliesTo(Standard.ISO27001))).hasSize(41);
        assertThat(catalog.clauses().stream().filter(c -> c.appliesTo(Standard.ISO42001))).hasSize(43);
    }

    @Test
    void there_are_15_topic_overlaps_naming_only_controls_of_the_catalogue() {
        assertThat(catalog.overlaps()).hasSize(15);
        assertThat(catalog.overlaps().stream().flatMap(o -> Stream.concat(
                o.iso42001Controls().stream().map(id -> Control.key(Standard.ISO42001, id)),
                o.iso27001Controls().stream().map(id -> Control.key(Standard.ISO27001, id)))))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(catalog.control(key)).as(key).isPresent());
    }

    @Test
    void control_keys_and_clause_ids_are_unique() {
        assertThat(catalog.controls()).hasSize(131).extracting(Control::key).doesNotHaveDuplicates();
        assertThat(catalog.clauses()).extracting(Clause::id).doesNotHaveDuplicates();
        assertThat(catalog.overlaps()).extracting(TopicOverlap::topic).doesNotHaveDuplicates();
    }

    private Map<String, Long> countPerGroup(Standard standard) {
        return catalog.controls(standard).stream().collect(Collectors.groupingBy(Control::group,
                LinkedHashMap::new, Collectors.counting()));
    }
}
