package io.corridor.support.input;

import java.io.IOException;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import io.corridor.support.problem.Problem;
import io.corridor.support.problem.Problems;
import io.corridor.support.problem.Violation;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every string read from a JSON body, into a record or a tree, must be text PostgreSQL can store: no NUL
 * and no lone surrogate (Jackson accepts both, the database answered 500 or stored '?'). Refused as the
 * body is read, so the problem names the member at fault (ProblemMappers reads Jackson's path).
 */
@Singleton
public class JsonText implements ObjectMapperCustomizer {

    static final String RULE = "must be valid Unicode text without NUL characters";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("corridor-json-text").addDeserializer(String.class, new Strings()));
        mapper.setNodeFactory(new Nodes());
    }

    /** The reason a string is refused, or null when it is fine. */
    static String fault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return RULE;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return RULE;
            }
        }
        return null;
    }

    /**
     * A string of a bare JSON tree (a body read whole as a tree, where Jackson has no member path to add):
     * the problem names the body.
     */
    @ServerExceptionMapper
    public Response refused(RefusedText e, UriInfo uri) {
        return Problems.response(new Problem(Problems.type("malformed-body"), "Malformed request body", 400,
                "a string of the body " + RULE, uri.getPath(), List.of(Violation.field("body", RULE))));
    }

    /** An IllegalArgumentException: Jackson wraps it with the member's path where there is one. */
    static final class RefusedText extends IllegalArgumentException {
        RefusedText(String message) {
            super(message, null);
        }
    }

    private static final class Strings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && fault(text) != null) {
                throw JsonMappingException.from(parser, RULE, new RefusedText(RULE));
            }
            return text;
        }
    }

    private static final class Nodes extends JsonNodeFactory {
        Nodes() {
            super(false);
        }

        @Override
        public TextNode textNode(String text) {
            if (text != null && fault(text) != null) {
                throw new RefusedText(RULE);
            }
            return super.textNode(text);
        }
    }
}
