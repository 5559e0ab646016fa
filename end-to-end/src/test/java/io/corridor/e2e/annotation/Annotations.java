package io.corridor.e2e.annotation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What the annotation suites share: users' requests, documents of their own, W3C annotation bodies. */
public final class Annotations {

    public static final String API = Stack.GATEWAY + "/api/v1";
    static final String LD_JSON = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private Annotations() {
    }

    /** A user's request with a JSON-LD body, checked against the OpenAPI document like every gateway call. */
    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(LD_JSON);
    }

    /** Unique per run: the suite's stack keeps what earlier tests stored. */
    public static String unique(String prefix) {
        StringBuilder w = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    /**
     * Uploads a text as a document of its own and answers its id. Setup, not a contract check: the
     * validator cannot read multipart bodies (the document suite covers uploads).
     */
    static long upload(String user, String fileName, byte[] bytes) {
        String type = fileName.endsWith(".md") ? "text/markdown; charset=UTF-8" : "text/plain; charset=UTF-8";
        Response r = given().noFilters().auth().oauth2(Tokens.of(user))
                .multiPart("file", fileName, bytes, type)
                .when().post(API + "/documents");
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, () -> "upload of " + fileName + ": " + r.asString());
        return r.jsonPath().getLong("id");
    }

    public static long upload(String user, String text) {
        return upload(user, unique("annotations-") + ".txt", text.getBytes(StandardCharsets.UTF_8));
    }

    static String documentIri(long document) {
        return API + "/documents/" + document;
    }

    /** A passage annotation quoting {@code exact}; the server fills the position and the context. */
    public static Map<String, Object> passage(long document, String exact, String motivation, String visibility,
            List<Map<String, Object>> bodies) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("@context", CONTEXT);
        a.put("type", "Annotation");
        a.put("motivation", motivation);
        if (visibility != null) {
            a.put("visibility", visibility);
        }
        if (!bodies.isEmpty()) {
            a.put("body", bodies);
        }
        a.put("target", Map.of("source", documentIri(document),
                "selector", List.of(Map.of("type", "TextQuoteSelector", "exact", exact))));
        return a;
    }

    /** A passage by both selectors, as a client that knows the position sends it. */
    static Map<String, Object> passageAt(long document, String exact, int start, int end, String motivation,
            List<Map<String, Object>> bodies) {
        Map<String, Object> a = passage(document, exact, motivation, null, bodies);
        a.put("target", Map.of("source", documentIri(document), "selector", List.of(
                Map.of("type", "TextQuoteSelector", "exact", exact),
                Map.of("type", "TextPositionSelector", "start", start, "end", end))));
        return a;
    }

    public static Map<String, Object> comment(String text) {
        return Map.of("type", "TextualBody", "value", text, "format", "text/plain", "language", "fr", "purpose", "commenting");
    }

    static Map<String, Object> tag(String tag) {
        return Map.of("type", "TextualBody", "value", tag, "purpose", "tagging");
    }

    static Map<String, Object> actor(long id) {
        return Map.of("type", "SpecificResource", "source", API + "/actors/" + id, "purpose", "identifying");
    }

    static List<Map<String, Object>> bodies(Map<String, Object>... bodies) {
        return new ArrayList<>(List.of(bodies));
    }

    /** The uuid at the end of an annotation's IRI or path. */
    public static String uuid(String iriOrPath) {
        return iriOrPath.substring(iriOrPath.lastIndexOf('/') + 1);
    }

    /** Creates an annotation and answers its path (the Location). */
    public static String create(String user, Map<String, Object> annotation) {
        return as(user).body(annotation).when().post(API + "/annotations/").then().statusCode(201)
                .extract().header("Location");
    }

    public static String etag(String user, String path) {
        return as(user).when().get(Stack.GATEWAY + path).then().statusCode(200).extract().header("ETag");
    }
}
