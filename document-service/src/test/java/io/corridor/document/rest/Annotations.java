package io.corridor.document.rest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.corridor.document.Fixtures;
import io.restassured.response.Response;

/** Documents to annotate and annotations as a W3C client writes them. */
final class Annotations {

    static final String LD = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    static final String BASE = "http://localhost:8080";

    private Annotations() {
    }

    /** A text document; answers its id and its stored text. */
    static Doc document(String text) {
        long id = Uploads.create("note.txt", Fixtures.utf8(text), "text/plain", Map.of("title", "Annotated note"));
        String stored = given().get("/api/v1/documents/" + id + "/text").then().statusCode(200).extract().asString();
        return new Doc(id, stored);
    }

    record Doc(long id, String text) {
        String iri() {
            return BASE + "/api/v1/documents/" + id;
        }

        /** Code-point offset of the first occurrence of {@code s}. */
        int at(String s) {
            int i = text.indexOf(s);
            if (i < 0) {
                throw new IllegalArgumentException(s + " not in " + text);
            }
            return text.codePointCount(0, i);
        }

        int end(String s) {
            return at(s) + s.codePointCount(0, s.length());
        }

        /** A passage annotation with both selectors, as a browser sends it. */
        Map<String, Object> passage(String quote, String motivation, Object body) {
            return Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "type", "Annotation", "motivation", motivation,
                    "body", body, "target", Map.of("source", iri(), "selector", List.of(
                            Map.of("type", "TextQuoteSelector", "exact", quote),
                            Map.of("type", "TextPositionSelector", "start", at(quote), "end", end(quote)))));
        }
    }

    static Map<String, Object> comment(String text) {
        return Map.of("type", "TextualBody", "value", text, "format", "text/markdown", "purpose", "commenting");
    }

    static Map<String, Object> tag(String text) {
        return Map.of("type", "TextualBody", "value", text, "purpose", "tagging");
    }

    /** The annotation with a visibility ({@code private}, {@code team} or {@code public}). */
    static Map<String, Object> with(Map<String, Object> annotation, String visibility) {
        Map<String, Object> out = new HashMap<>(annotation);
        out.put("visibility", visibility);
        return out;
    }

    static Response post(Object annotation) {
        return given().contentType(LD).body(utf8(annotation instanceof String s ? s : json(annotation))).when()
                .post("/api/v1/annotations/");
    }

    /** Posts and answers the new annotation's path, failing unless it was created. */
    static String create(Object annotation) {
        return post(annotation).then().statusCode(201).extract().header("Location");
    }

    static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON is UTF-8 (RFC 8259); sent as bytes, since a client library would encode a string per the media type's default. */
    static byte[] utf8(String json) {
        return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] utf8(Object value) {
        return utf8(json(value));
    }
}
