package io.corridor.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * JSON nested deeper than Jackson's limit (1000) is the client's mistake: 400 problem naming the body or the
 * field, from service-support's mappers (Quarkus REST's own mapper of MismatchedInputException answered
 * before them, with a body of its own). Sent with the JDK's client: REST Assured, in Quarkus tests, keeps a
 * pretty-printed copy of every request body for its failure log, 100 000 indentations deep.
 */
@QuarkusTest
class NestedJsonTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/actors")
    URI actors;

    @Test
    @TestSecurity(user = "nest", roles = { "curator", "annotator", "reader" })
    void nestingBeyondTheLimitIs400ProblemNamingTheBody() throws Exception {
        for (int depth : new int[] { 5_000, 100_000 }) {
            String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            String arrays = "[".repeat(depth) + "]".repeat(depth);
            JsonNode deep = problem(post("{\"kind\":\"state\",\"name\":\"Nest\",\"country\":\"MLI\",\"extra\":" + objects + "}"),
                    "body", depth);
            assertTrue(deep.path("detail").asText().contains("nested too deeply"), deep.toString());
            problem(post("{\"kind\":\"state\",\"name\":\"Nest\",\"country\":\"MLI\",\"aliases\":" + arrays + "}"), "aliases[0]",
                    depth);
            problem(post(arrays), "body", depth);
        }
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(actors).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> answer, String field, int depth) throws Exception {
        String text = answer.body();
        assertEquals(400, answer.statusCode(), depth + ": " + text);
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null), depth + ": " + text);
        assertFalse(text.contains("Exception") || text.contains("jackson"), text);
        JsonNode problem = JSON.readTree(text);
        assertEquals("urn:corridor:problem:malformed-body", problem.path("type").asText(), text);
        boolean named = false;
        for (JsonNode error : problem.path("errors")) {
            named |= field.equals(error.path("field").asText());
        }
        assertTrue(named, depth + ": " + text);
        return problem;
    }
}
