package io.corridor.gateway.edge;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.support.problem.Problem;
import io.corridor.support.problem.Problems;
import io.corridor.support.problem.Violation;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/**
 * The problem documents (RFC 9457) the edge answers by itself, before or instead of a service: one
 * shape for refusals at the door (401, 403, 429), idempotency conflicts and unreachable services,
 * written by the same mapper as every other problem of the platform.
 */
@ApplicationScoped
public class Answers {

    /** Seconds a client should wait before retrying a call that met an unavailable service. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** A problem answer: status, headers besides Content-Type, and body. */
    public record Answer(int status, Map<String, String> headers, Buffer body) {

        public void writeHeaders(MultiMap target) {
            target.set("Content-Type", Problem.MEDIA_TYPE);
            headers.forEach(target::set);
        }
    }

    private final ObjectMapper mapper;

    public Answers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Answer problem(int status, String slug, String title, String detail, String path, List<Violation> errors,
            Map<String, String> headers) {
        Problem problem = new Problem(Problems.type(slug), title, status, detail, path, errors);
        try {
            return new Answer(status, headers, Buffer.buffer(mapper.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document is always JSON", e);
        }
    }

    /** One 503 for every way a service behind can fail the call: refused, reset, too slow, circuit open, saturated. */
    public Answer unavailable(String detail, String path) {
        return problem(503, "service-unavailable", "Service Unavailable", detail, path, List.of(),
                Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
}
