package org.certflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plausible answers for every task form, from {@code demo/answers.json}, keyed by form id. */
@Component
class DemoAnswers {

    private final Map<String, Map<String, Object>> answers;

    DemoAnswers(ObjectMapper json) {
        try (InputStream in = new ClassPathResource("demo/answers.json").getInputStream()) {
            answers = json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo answers", e);
        }
    }

    /** The answers for a form (empty for decision-only forms, whose decision the caller gives). */
    Map<String, Object> forForm(String formId) {
        return answers.getOrDefault(formId, Map.of());
    }
}
