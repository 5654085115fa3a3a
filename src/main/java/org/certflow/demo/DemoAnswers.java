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
public class DemoAnswers {

    private static final String TASK_PREFIX = "Task_";

    private final Map<String, Map<String, Object>> answers;

    DemoAnswers(ObjectMapper json) {
        try (InputStream in = new ClassPathResource("demo/answers.json").getInputStream()) {
            answers = json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo answers", e);
        }
    }

    /**
     * The answers for a task's form, which is named after the task ({@code Task_DraftAiPolicy} has form
     * {@code DraftAiPolicy}); empty for decision-only forms, whose decision the caller gives.
     */
    public Map<String, Object> forTask(String taskDefinitionKey) {
        return answers.getOrDefault(taskDefinitionKey.substring(TASK_PREFIX.length()), Map.of());
    }
}
