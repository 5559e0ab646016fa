package io.corridor.e2e.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.RequestSpecification;

/**
 * Documents through the real gateway with real tokens: an annotator uploads a file (multipart
 * relayed to the document-service), reads its stable text, finds it by searching a French word
 * in another inflection and accent, and the offsets of the hit point at the word in /text.
 */
@ExtendWith(Stack.class)
class DocumentEndToEndTest {

    static final String API = Stack.GATEWAY + "/api/v1";

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    /**
     * Multipart uploads skip the contract filter: its validator cannot read REST Assured's
     * multipart bodies ("request body missing"). The document they answer is checked against the
     * contract by the GET that follows.
     */
    static RequestSpecification uploading(String user) {
        return given().noFilters().auth().oauth2(Tokens.of(user));
    }

    static String unique() {
        StringBuilder word = new StringBuilder("corridor");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void uploadTextAndSearchThroughTheGateway() {
        String marker = unique();
        String text = "Le Mali refuse l’accord de réadmission proposé par l’Union européenne ; les négociations "
                + "se poursuivent. " + marker + "\r\n";
        var upload = uploading("annotator")
                .multiPart(new MultiPartSpecBuilder(text.getBytes(StandardCharsets.UTF_8)).controlName("file")
                        .fileName("accord.txt").mimeType("text/plain").build())
                .multiPart(new MultiPartSpecBuilder("L’accord de réadmission").controlName("title")
                        .mimeType("text/plain").charset(StandardCharsets.UTF_8).build())
                .multiPart(new MultiPartSpecBuilder("official_communique").controlName("kind").mimeType("text/plain").build())
                .multiPart(new MultiPartSpecBuilder(marker).controlName("tags").mimeType("text/plain").build())
                .when().post(API + "/documents").then().statusCode(201)
                .header("Location", startsWith("/api/v1/documents/"))
                .body("title", equalTo("L’accord de réadmission"), "language", equalTo("fr"), "createdBy", equalTo("annotator"),
                        "version.mediaType", equalTo("text/plain"))
                .extract();
        long id = ((Number) upload.path("id")).longValue();
        as("reader").when().get(API + "/documents/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("title", equalTo("L’accord de réadmission"), "tags", hasItem(marker));

        String stored = new String(as("reader").when().get(API + "/documents/" + id + "/text").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(text.replace("\r\n", "\n"), stored);

        var hits = as("reader").queryParam("q", "Réadmissions").queryParam("tag", marker).when().get(API + "/search")
                .then().statusCode(200).body("total", equalTo(1), "items[0].source", equalTo("document"),
                        "items[0].document.id", equalTo((int) id))
                .extract();
        int start = hits.path("items[0].start");
        int end = hits.path("items[0].end");
        assertEquals("réadmission", stored.substring(stored.offsetByCodePoints(0, start), stored.offsetByCodePoints(0, end)));
        assertTrue(((String) hits.path("items[0].snippet")).contains("<mark>réadmission</mark>"));

        byte[] original = as("reader").when().get(API + "/documents/" + id + "/original").then().statusCode(200)
                .extract().asByteArray();
        assertEquals(text, new String(original, StandardCharsets.UTF_8));
    }

    @Test
    void readersCannotUploadAndCuratorsCannotPurge() {
        uploading("reader").multiPart("file", "x.txt", "texte".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(API + "/documents").then().statusCode(403);
        as("curator").when().delete(API + "/documents/1?purge=true").then().statusCode(403);
    }

    @Test
    void badFilesAreProblemsNamingTheField() {
        uploading("annotator").multiPart("file", "fake.pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .when().post(API + "/documents").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("file"));
        uploading("annotator").multiPart("file", "image.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 }, "image/png")
                .when().post(API + "/documents").then().statusCode(anyOf(equalTo(415))).body("errors.field", hasItem("file"));
        List<Map<String, Object>> none = as("reader").queryParam("q", unique()).when().get(API + "/search").then()
                .statusCode(200).extract().path("items");
        assertTrue(none.isEmpty());
    }
}
