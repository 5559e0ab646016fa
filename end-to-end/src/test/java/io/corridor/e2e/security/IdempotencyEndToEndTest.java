package io.corridor.e2e.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Idempotency-Key through the real stack (Keycloak tokens, the gateway's PostgreSQL, the services behind):
 * a POST repeated with the same key gets the first answer again and the service creates nothing twice.
 */
@ExtendWith(Stack.class)
class IdempotencyEndToEndTest {

    private static final String API = Stack.GATEWAY + "/api/v1";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    private static Response upload(String key, String boundary, byte[] file) {
        return as("annotator").contentType("multipart/form-data; boundary=" + boundary).header("Idempotency-Key", key)
                .multiPart("file", "idempotent.txt", file, "text/plain").multiPart("title", "Idempotent upload")
                .when().post(API + "/documents");
    }

    @Test
    void aRepeatedAnnotationIsCreatedOnce() {
        String unique = UUID.randomUUID().toString();
        Number document = as("annotator")
                .multiPart("file", "idem.txt", ("Un passage à annoter une seule fois " + unique).getBytes(StandardCharsets.UTF_8),
                        "text/plain")
                .multiPart("title", "Idempotency").when().post(API + "/documents").then().statusCode(201).extract().path("id");
        String annotation = """
                {"type": "Annotation", "motivation": "commenting", "visibility": "private",
                 "body": [{"type": "TextualBody", "value": "une seule fois", "purpose": "commenting"}],
                 "target": {"source": "%s/documents/%s", "selector": [{"type": "TextQuoteSelector", "exact": "passage"}]}}
                """.formatted(API, document);
        String key = "annotation-" + unique;
        Response first = as("annotator").contentType("application/json").header("Idempotency-Key", key).body(annotation)
                .when().post(API + "/annotations");
        first.then().statusCode(201);
        Response again = as("annotator").contentType("application/json").header("Idempotency-Key", key).body(annotation)
                .when().post(API + "/annotations");
        again.then().statusCode(201).header("Location", first.header("Location")).header("ETag", first.header("ETag"));
        assertEquals(first.body().asString(), again.body().asString());
        List<String> ids = as("annotator").queryParam("document", document).queryParam("page", 0).queryParam("size", 100)
                .when().get(API + "/annotations/").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(1, ids.size(), "one annotation exists: " + ids);
        // the same key for another request is refused, and creates nothing
        as("annotator").contentType("application/json").header("Idempotency-Key", key)
                .body(annotation.replace("une seule fois", "une autre")).when().post(API + "/annotations")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
        // another user's same key is their own
        as("annotator2").contentType("application/json").header("Idempotency-Key", key).body(annotation.replace("private", "team"))
                .when().post(API + "/annotations").then().statusCode(201);
        assertEquals(1, as("annotator").queryParam("document", document).queryParam("creator", "annotator")
                .queryParam("page", 0).queryParam("size", 100).when().get(API + "/annotations/").then().statusCode(200)
                .extract().jsonPath().getList("items.id").size());
    }

    @Test
    void aRepeatedUploadGetsTheFirstAnswerWhateverItsMultipartBoundary() {
        String unique = UUID.randomUUID().toString();
        byte[] file = ("Communiqué téléversé une seule fois " + unique).getBytes(StandardCharsets.UTF_8);
        String key = "upload-" + unique;
        Response first = upload(key, "first-boundary-" + unique, file);
        first.then().statusCode(201);
        // without the key the service would answer 200 (the same bytes again); with it, the first answer itself
        Response again = upload(key, "second-boundary-" + unique, file);
        again.then().statusCode(201).header("Location", first.header("Location")).header("ETag", first.header("ETag"))
                .body("id", equalTo(first.path("id")));
        upload(key, "third-boundary-" + unique, ("other bytes " + unique).getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422).contentType("application/problem+json");
        as("annotator").header("Idempotency-Key", "not visible ascii: é").multiPart("file", "x.txt", file, "text/plain")
                .when().post(API + "/documents").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
    }
}
