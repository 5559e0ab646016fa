package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.BASE;
import static io.corridor.document.rest.Annotations.LD;
import static io.corridor.document.rest.Annotations.comment;
import static io.corridor.document.rest.Annotations.create;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.corridor.document.Fixtures;
import io.corridor.document.rest.Annotations.Doc;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * Every endpoint of the service with values no client should send: very long strings, lone
 * surrogates, negative, fractional and huge numbers, wrong JSON types, empty bodies. None may
 * answer 5xx; every refusal is a problem document.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class HostileInputTest {

    static final String HUGE = "x".repeat(1_000_000);
    /** A JSON string holding a lone high surrogate (escaped: the bytes are valid UTF-8). */
    static final String LONE = "\"\\ud800 seul\"";
    static final String[] NUMBERS = { "-1", "1.5", "1e3", "1e400", "2147483648", "99999999999999999999", "1".repeat(2000), "-0",
            "\"7\"", "true", "null", "[]", "{}" };

    private final List<String> failures = new ArrayList<>();

    @Test
    void annotationWritesSurviveHostileValues() {
        Doc doc = Annotations.document("Le Mali et l’Union européenne ont négocié un accord. " + Fixtures.unique("hostile"));
        String location = create(doc.passage("Mali", "commenting", List.of(comment("cible"))));
        String target = "{\"source\":\"" + doc.iri() + "\",\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"Mali\"}}";
        List<String> bodies = new ArrayList<>(List.of("", " ", "null", "[]", "42", "\"annotation\"", "{}", "{\"target\":null}",
                "{\"target\":" + target + ",\"body\":" + LONE + "}",
                "{\"target\":" + target + ",\"bodyValue\":" + LONE + "}",
                "{\"target\":" + target + ",\"body\":{\"type\":\"TextualBody\",\"value\":" + LONE + ",\"purpose\":\"tagging\"}}",
                "{\"target\":" + target + ",\"motivation\":" + LONE + "}",
                "{\"target\":" + target + ",\"canonical\":" + LONE + "}",
                "{\"target\":" + target + ",\"via\":[" + LONE + "]}",
                "{\"target\":{\"source\":\"" + doc.iri() + "\",\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":" + LONE + "}}}",
                "{\"target\":" + target + ",\"visibility\":\"" + HUGE.substring(0, 500_000) + "\"}",
                "{\"target\":" + target + ",\"motivation\":\"" + HUGE.substring(0, 500_000) + "\"}",
                "{\"target\":" + target + ",\"" + HUGE.substring(0, 500_000) + "\":1}",
                "{\"target\":" + target + ",\"body\":[" + "[".repeat(5000) + "]".repeat(5000) + "]}",
                "{\"target\":" + target + ",\"body\":{\"type\":\"TextualBody\",\"value\":\"x\",\"language\":" + LONE + "}}",
                "{\"target\":\"" + BASE + "/api/v1/annotations/" + "0".repeat(100_000) + "\"}"));
        for (String n : NUMBERS) {
            bodies.add("{\"target\":{\"source\":\"" + doc.iri() + "\",\"version\":" + n
                    + ",\"selector\":{\"type\":\"TextPositionSelector\",\"start\":" + n + ",\"end\":" + n + "}}}");
            bodies.add("{\"target\":" + n + ",\"body\":" + n + ",\"motivation\":" + n + ",\"visibility\":" + n + "}");
        }
        for (String body : bodies) {
            check("POST annotation " + abbreviate(body), () -> given().contentType(LD).body(body.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/annotations/"));
            check("PUT annotation " + abbreviate(body), () -> given().contentType(LD).header("If-Match", "\"0\"")
                    .body(body.getBytes(StandardCharsets.UTF_8)).put(location));
        }
        for (String n : NUMBERS) {
            check("PUT status " + n, () -> given().contentType("application/json").header("If-Match", "\"0\"")
                    .body("{\"status\":" + n + ",\"reason\":" + n + "}").put(location + "/status"));
            check("POST bulk status " + n, () -> given().contentType("application/json")
                    .body("{\"ids\":" + n + ",\"status\":\"accepted\"}").post("/api/v1/annotations/status"));
            check("POST bulk status ids [" + n + "]", () -> given().contentType("application/json")
                    .body("{\"ids\":[" + n + "],\"status\":\"accepted\"}").post("/api/v1/annotations/status"));
        }
        for (String body : List.of("", "null", "[]", "\"x\"", "{\"status\":" + LONE + "}",
                "{\"status\":\"accepted\",\"reason\":" + LONE + "}", "{\"status\":\"accepted\",\"reason\":\"" + HUGE + "\"}")) {
            check("PUT status " + abbreviate(body), () -> given().contentType("application/json").header("If-Match", "\"0\"")
                    .body(body).put(location + "/status"));
            check("POST bulk status " + abbreviate(body), () -> given().contentType("application/json").body(body)
                    .post("/api/v1/annotations/status"));
        }
        check("DELETE with a long reason", () -> given().header("If-Match", "\"9\"").queryParam("reason", HUGE.substring(0, 3000))
                .delete(location));
        check("If-Match huge", () -> given().header("If-Match", "\"" + HUGE.substring(0, 6000) + "\"").delete(location));
        check("If-Match negative", () -> given().header("If-Match", "\"-1\"").delete(location));
        report();
    }

    @Test
    void readsAndFiltersSurviveHostileValues() {
        Doc doc = Annotations.document("Le Mali et l’Union européenne. " + Fixtures.unique("hostile-read"));
        String location = create(doc.passage("Mali", "commenting", List.of(comment("lue"))));
        List<String> values = new ArrayList<>(List.of(NUMBERS));
        values.addAll(List.of("", " ", "%00", "%07", "%ED%A0%80", "%C3", "%F0%9F%98%80", "..%2F..%2Fetc%2Fpasswd",
                "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", HUGE.substring(0, 3000), "2016-02-30", "9999999999-01-01",
                "%22%3B--", "'", "\\"));
        for (String v : values) {
            String value = v.replace("\"", "%22");
            for (String parameter : List.of("document", "creator", "tag", "motivation", "actor", "from", "to", "status", "page",
                    "size", "iris")) {
                check("GET container " + parameter + "=" + abbreviate(value),
                        () -> given().urlEncodingEnabled(false).get("/api/v1/annotations/?" + parameter + "=" + value));
                check("GET export " + parameter + "=" + abbreviate(value),
                        () -> given().urlEncodingEnabled(false).accept("text/csv").get("/api/v1/annotations/export?" + parameter + "=" + value));
            }
            check("GET tags " + abbreviate(value), () -> given().urlEncodingEnabled(false)
                    .get("/api/v1/annotations/tags?prefix=" + value + "&size=" + value));
            check("GET search " + abbreviate(value), () -> given().urlEncodingEnabled(false)
                    .get("/api/v1/search?q=" + value + "&size=" + value + "&page=" + value + "&from=" + value + "&language=" + value));
            check("GET documents " + abbreviate(value), () -> given().urlEncodingEnabled(false)
                    .get("/api/v1/documents?kind=" + value + "&language=" + value + "&from=" + value + "&to=" + value + "&tag=" + value));
            check("GET document " + abbreviate(value), () -> given().urlEncodingEnabled(false).get("/api/v1/documents/" + value));
            check("GET version " + abbreviate(value), () -> given().urlEncodingEnabled(false)
                    .get("/api/v1/documents/" + doc.id() + "/versions/" + value + "/text"));
            check("GET annotation " + abbreviate(value), () -> given().urlEncodingEnabled(false).get("/api/v1/annotations/" + value));
            check("POST import " + abbreviate(value), () -> given().urlEncodingEnabled(false).contentType("application/json")
                    .body("[]").post("/api/v1/annotations/import?document=" + value));
            check("GET events " + abbreviate(value), () -> given().urlEncodingEnabled(false).accept("text/event-stream")
                    .get("/api/v1/documents/" + doc.id() + "/events?lastEventId=" + value + "x"));
        }
        check("GET container with a Prefer of 1e6 characters", () -> given().header("Prefer", HUGE.substring(0, 6000))
                .get("/api/v1/annotations/"));
        check("GET annotation with Accept garbage", () -> given().header("Accept", ";;;,,=").get(location));
        report();
    }

    @Test
    void documentWritesSurviveHostileValues() {
        Doc doc = Annotations.document("Un document à modifier. " + Fixtures.unique("hostile-doc"));
        List<String> patches = new ArrayList<>(List.of("", " ", "null", "[]", "42", "\"x\"", "{\"title\":" + LONE + "}",
                "{\"title\":\"" + HUGE + "\"}", "{\"authors\":" + LONE + "}", "{\"authors\":[" + LONE + "]}",
                "{\"tags\":[[[]]]}", "{\"date\":" + LONE + "}", "{\"sourceUrl\":" + LONE + "}", "{\"title\":{\"a\":1}}"));
        for (String n : NUMBERS) {
            patches.add("{\"title\":" + n + ",\"date\":" + n + ",\"tags\":" + n + ",\"kind\":" + n + "}");
        }
        for (String patch : patches) {
            check("PATCH document " + abbreviate(patch), () -> given().contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"").body(patch.getBytes(StandardCharsets.UTF_8)).patch("/api/v1/documents/" + doc.id()));
        }
        check("upload with hostile fields", () -> Uploads.upload("n\u0000ul.txt", Fixtures.utf8("Hostile " + Fixtures.unique("up")),
                "text/plain", Map.of("title", "\ud800", "date", "-1", "tags", HUGE.substring(0, 100_000))));
        check("upload with a type of 1e4 characters", () -> Uploads.upload("x.txt", Fixtures.utf8("Hostile " + Fixtures.unique("up")),
                "text/" + HUGE.substring(0, 10_000), Map.of()));
        check("import of a lone surrogate", () -> given().contentType("application/json")
                .body(("[{\"target\":{\"source\":\"" + doc.iri() + "\",\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":" + LONE
                        + "}}}]").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/annotations/import?document=" + doc.id()));
        for (String body : List.of("", "null", "42", "{\"rows\":42}", "{\"rows\":[42]}", "[[[]]]", "{\"type\":" + LONE + "}",
                "[{\"text\":" + LONE + ",\"target\":[{\"selector\":[{\"type\":\"TextQuoteSelector\",\"exact\":\"Un\"}]}]}]")) {
            check("import " + abbreviate(body), () -> given().contentType("application/json")
                    .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/annotations/import?document=" + doc.id()));
        }
        report();
    }

    private void check(String what, Supplier<Response> call) {
        Response r;
        try {
            r = call.get();
        } catch (AssertionError e) {
            // OpenApiContract: an answer the service's document does not allow is a defect. A request the service
            // accepted although its document forbids it (an empty filter taken as absent) is leniency, not a
            // failure; and the HTTP server's own limits (413, 414, 431) answer before any operation.
            String message = String.valueOf(e.getMessage());
            java.util.regex.Matcher status = java.util.regex.Pattern.compile(" -> (\\d{3}):").matcher(message);
            boolean serverLimit = status.find() && List.of("413", "414", "431").contains(status.group(1));
            if (message.contains("[validation.response") && !serverLimit) {
                failures.add(what + " -> " + message.lines().filter(l -> l.startsWith("  [")).toList());
            }
            return;
        } catch (Exception e) {
            // the server closing the connection on an oversized request line or header is not a 5xx, and a
            // value the client library will not put in a URL never reaches the server
            return;
        }
        int status = r.statusCode();
        String type = r.contentType() == null ? "" : r.contentType();
        if (status >= 500) {
            failures.add(what + " -> " + status + " " + abbreviate(r.asString()));
        } else if (status >= 400 && status != 413 && status != 414 && status != 431 && !type.startsWith("application/problem+json")) {
            failures.add(what + " -> " + status + " not a problem: " + type + " " + abbreviate(r.asString()));
        } else if (status >= 400 && r.asString().contains("\tat ")) {
            failures.add(what + " -> a stack trace: " + abbreviate(r.asString()));
        }
    }

    private void report() {
        assertTrue(failures.isEmpty(), failures.size() + " answers:\n" + String.join("\n", failures));
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "… (" + s.length() + " chars)" : s;
    }
}
