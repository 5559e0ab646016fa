package io.corridor.actor.rest;

import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.actor.api.ExtensionRequest;
import io.corridor.actor.api.ReconciliationBatch;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Reads the form parameters of the reconciliation API, which carry JSON as text (queries={"q0": {...}},
 * extend={"ids": [...]}): parsed with the service's strict mapper and validated as a JSON body would be,
 * each fault named by where it sits (queries.q0.limit).
 */
@ApplicationScoped
class ReconciliationForms {

    private final ObjectMapper json;
    private final Validator validator;

    ReconciliationForms(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** Largest value of a form field. */
    static final int MAX_FIELD = 1_000_000;

    /**
     * The fields of an application/x-www-form-urlencoded body, read here rather than by the REST layer's form parser,
     * which left a request with a malformed escape (%ZZ) unanswered. Escapes are UTF-8, as OpenRefine sends them.
     */
    Map<String, String> fields(String body) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                if (value.length() > MAX_FIELD) {
                    throw ProblemException.invalid(name, "must be at most " + MAX_FIELD + " characters");
                }
                fields.put(name, value);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("body", "is not form-encoded (name=value&...): " + e.getMessage());
            }
        }
        return fields;
    }

    ReconciliationBatch queries(String text) {
        Map<String, io.corridor.actor.api.ReconciliationQuery> queries = read("queries", text, new TypeReference<>() {
        });
        ReconciliationBatch batch = new ReconciliationBatch(queries);
        check("", batch);
        return batch;
    }

    ExtensionRequest extension(String text) {
        ExtensionRequest request = read("extend", text, new TypeReference<>() {
        });
        check("extend.", request);
        return request;
    }

    private <T> T read(String field, String text, TypeReference<T> type) {
        T value;
        try {
            value = json.readValue(text, type);
        } catch (JsonMappingException e) {
            String at = e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            throw ProblemException.invalid(field + at, "is not of the expected type: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid(field, "must be JSON: " + e.getOriginalMessage());
        }
        if (value == null) {
            throw ProblemException.invalid(field, "must be a JSON object");
        }
        return value;
    }

    private <T> void check(String prefix, T value) {
        Set<ConstraintViolation<T>> found = validator.validate(value);
        if (found.isEmpty()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<T> v : found) {
            // Map keys show as queries<K>[q0].query: write them as queries.q0.query
            String path = v.getPropertyPath().toString().replaceAll("<[^>]*>", "").replaceAll("\\[([^\\]0-9][^\\]]*)\\]", ".$1");
            violations.add(Violation.field(prefix + path, v.getMessage()));
        }
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        throw ProblemException.invalid(violations);
    }
}
