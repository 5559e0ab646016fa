package io.corridor.document.rest;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.support.problem.ProblemException;

/**
 * The JSON bodies the resources read as trees (annotations, imports, merge patches), parsed by the
 * application's ObjectMapper: the one service-support configures, which refuses strings PostgreSQL
 * cannot store (NUL, lone surrogates) and nesting beyond Jackson's limits. A private mapper would
 * let them through. JSON is UTF-8 (RFC 8259); a request saying another charset never gets here
 * (service-support's RequestMediaTypes).
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    /** The body as a tree, or a 400 naming {@code body}: {@code what} says what was expected. */
    public JsonNode read(byte[] body, String what) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is required (" + what + ")");
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ProblemException.invalid("body", "is required (" + what + ")");
            }
            return node;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof IllegalArgumentException refused && refused.getMessage() != null) {
                throw ProblemException.invalid("body", refused.getMessage());
            }
            throw ProblemException.invalid("body", "is not well-formed JSON");
        } catch (IOException e) {
            throw ProblemException.invalid("body", "could not be read");
        }
    }
}
