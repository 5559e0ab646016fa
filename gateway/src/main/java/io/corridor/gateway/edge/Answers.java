package io.corridor.gateway.edge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.support.problem.Problem;
import io.corridor.support.problem.Problems;
import io.corridor.support.problem.Unavailable;
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

    /** A problem answer: status, headers besides Content-Type, and body. */
    public record Answer(int status, Map<String, String> headers, Buffer body) {

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Answer(status, more, body);
        }

        public void writeHeaders(MultiMap target) {
            target.set("Content-Type", Problem.MEDIA_TYPE);
            headers.forEach(target::set);
        }
    }

    private final ObjectMapper mapper;

    public Answers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Answer problem(int status, String slug, String title, String detail, String path, Violation... errors) {
        return answer(new Problem(Problems.type(slug), title, status, detail, path, List.of(errors)));
    }

    /** The platform's one 503 ({@link Unavailable}) for every way a service behind can fail the call. */
    public Answer unavailable(String detail, String path) {
        return answer(Unavailable.problem(detail).withInstance(path)).withHeader("Retry-After", Unavailable.RETRY_AFTER_SECONDS);
    }

    private Answer answer(Problem problem) {
        try {
            return new Answer(problem.status(), Map.of(), Buffer.buffer(mapper.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document is always JSON", e);
        }
    }
}
