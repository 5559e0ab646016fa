package io.corridor.e2e.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.response.Response;

/**
 * A short French note of a browser test's own, uploaded by annotator, with its text as stored (offsets are code points
 * of that text); the curators' tests annotate it through the API as several teammates. Setup steps, not contract checks
 * (multipart bodies are beyond the contract filter).
 */
record TeamNote(long id, String text) {

    static final String API = Stack.GATEWAY + "/api/v1";

    static TeamNote upload(String file, String title, String body) {
        Response upload = given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart("file", file, body.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
                .multiPart("title", title, "text/plain; charset=UTF-8")
                .multiPart("kind", "policy_briefing").multiPart("language", "fr").when().post(API + "/documents");
        assertTrue(upload.statusCode() == 201 || upload.statusCode() == 200, upload.asString());
        long id = upload.jsonPath().getLong("id");
        String text = given().noFilters().auth().oauth2(Tokens.of("reader")).when().get(API + "/documents/" + id + "/text")
                .then().statusCode(200).extract().asString();
        return new TeamNote(id, text);
    }

    /** The code-point span of the first occurrence of {@code passage}. */
    int[] span(String passage) {
        int i = text.indexOf(passage);
        assertTrue(i >= 0, passage + " not in the stored text");
        int start = text.codePointCount(0, i);
        return new int[] { start, start + passage.codePointCount(0, passage.length()) };
    }

    /** A tag (or, without one, an assessing comment) by {@code user} on the first occurrence of {@code passage}. */
    String annotate(String user, String passage, String tag, String visibility) {
        int[] at = span(passage);
        List<Object> body = tag == null ? List.of(Map.of("type", "TextualBody", "value", "Chiffre à vérifier", "purpose", "commenting"))
                : List.of(Map.of("type", "TextualBody", "value", tag, "purpose", "tagging"));
        Map<String, Object> annotation = Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "type", "Annotation",
                "motivation", tag == null ? "assessing" : "tagging", "visibility", visibility, "body", body,
                "target", Map.of("source", API + "/documents/" + id, "selector", List.of(
                        Map.of("type", "TextQuoteSelector", "exact", passage),
                        Map.of("type", "TextPositionSelector", "start", at[0], "end", at[1]))));
        return given().noFilters().auth().oauth2(Tokens.of(user))
                .contentType("application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"").body(annotation)
                .when().post(API + "/annotations/").then().statusCode(201).extract().path("id");
    }
}
