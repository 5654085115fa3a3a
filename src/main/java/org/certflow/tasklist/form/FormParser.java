package org.certflow.tasklist.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a Camunda Forms (form-js) JSON document. Groups are flattened into the form; components CertFlow does not
 * render (buttons, images, spacers, ...) are left out. A form CertFlow cannot honour fails loudly here, so a
 * modelling mistake shows up in the tests of the form, not on a user's screen.
 */
public final class FormParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormParser() {
    }

    /** Reads a form as Camunda serves it from a deployment; the stream is closed. */
    public static FormDefinition parse(InputStream json) {
        try (json) {
            return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a deployed form", e);
        }
    }

    public static FormDefinition parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The form is not valid JSON: " + e.getOriginalMessage(), e);
        }
        String id = root.path("id").asText(null);
        List<FormField> fields = new ArrayList<>();
        collect(id, root.path("components"), fields);
        return new FormDefinition(id, fields);
    }

    private static void collect(String formId, JsonNode components, List<FormField> into) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if ("group".equals(type)) {
                collect(formId, component.path("components"), into);
                continue;
            }
            FieldType.of(type, component.path("subtype").asText()).ifPresent(t -> into.add(field(formId, t, component)));
        }
    }

    private static FormField field(String formId, FieldType type, JsonNode c) {
        String key = c.path("key").asText(null);
        if (type != FieldType.TEXT && (key == null || key.isBlank())) {
            throw new IllegalArgumentException("A " + type.name().toLowerCase() + " in form " + formId + " has no key.");
        }
        List<Option> options = new ArrayList<>();
        c.path("values").forEach(v -> options.add(new Option(v.path("value").asText(), v.path("label").asText())));
        if ((type == FieldType.SELECT || type == FieldType.RADIO) && options.isEmpty()) {
            throw new IllegalArgumentException("Field " + key + " in form " + formId
                    + " lists no values; options from a variable (valuesKey) are not supported.");
        }
        String label = type == FieldType.DATE && c.has("dateLabel") ? c.get("dateLabel").asText()
                : c.path("label").asText(null);
        boolean readonly = c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
        JsonNode defaultValue = c.path("defaultValue");
        return new FormField(key, type, label, c.path("description").asText(null), rules(formId, key, c.path("validate")),
                options, c.path("decimalDigits").asInt(0), readonly,
                defaultValue.isMissingNode() ? null : JSON.convertValue(defaultValue, Object.class),
                type == FieldType.TEXT ? c.path("text").asText("") : null);
    }

    private static FieldRules rules(String formId, String key, JsonNode v) {
        if (v.isMissingNode()) {
            return FieldRules.NONE;
        }
        String pattern = v.path("pattern").asText("");
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Field " + key + " in form " + formId + " has an invalid pattern: "
                    + e.getDescription(), e);
        }
        return new FieldRules(v.path("required").asBoolean(false), number(v, "min"), number(v, "max"),
                v.hasNonNull("minLength") ? v.get("minLength").asInt() : null,
                v.hasNonNull("maxLength") ? v.get("maxLength").asInt() : null, pattern.isEmpty() ? null : pattern);
    }

    private static Double number(JsonNode v, String name) {
        return v.hasNonNull(name) ? v.get(name).asDouble() : null;
    }
}
