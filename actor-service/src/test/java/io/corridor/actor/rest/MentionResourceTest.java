package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.actor;
import static io.corridor.actor.rest.Registry.json;
import static io.corridor.actor.rest.Registry.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@QuarkusTestResource(DocumentServiceStub.class)
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class MentionResourceTest {

    @Test
    void findsMentionsInATextWithCodePointOffsets() {
        String word = unique("Zorbalie").replace(" ", "");
        long council = actor(Map.of("kind", "diaspora_institution", "name", "Délégation générale des " + word + " de l'extérieur",
                "acronyms", List.of("DGZX")));
        long forum = actor("civil_society", "Forum pour un autre " + word);
        long state = actor("state", word);
        String text = "🌍 La Delegation generale des " + word + " de l’exterieur (DGZX), le Forum pour un autre " + word
                + " et les " + word + "iens du " + word + ".";
        given().contentType("application/json; charset=UTF-8")
                .body(Map.of("text", text)).when().post("/api/v1/actors/mentions").then().statusCode(200)
                .body("actorId", contains((int) council, (int) council, (int) forum, (int) state))
                .body("[0].start", equalTo(5))
                .body("[0].exact", equalTo("Delegation generale des " + word + " de l’exterieur"))
                .body("[1].exact", equalTo("DGZX"), "[3].exact", equalTo(word), "ambiguous", not(hasItem(true)));
    }

    @Test
    void theAutomatonFollowsChangesToTheRegistry() {
        String word = unique("Kalaban").replace(" ", "");
        long id = actor("civil_society", "Collectif " + word);
        String text = "Le Collectif " + word + ", ou CKZX, a protesté.";
        json().body(Map.of("text", text)).when().post("/api/v1/actors/mentions").then().body("exact", contains("Collectif " + word));
        String etag = given().when().get("/api/v1/actors/" + id).then().extract().header("ETag");
        json().header("If-Match", etag).body(Map.of("kind", "civil_society", "name", "Collectif " + word, "acronyms", List.of("CKZX")))
                .when().put("/api/v1/actors/" + id).then().statusCode(200);
        json().body(Map.of("text", text)).when().post("/api/v1/actors/mentions").then()
                .body("exact", contains("Collectif " + word, "CKZX"));

        long twin = actor("civil_society", "Collectif " + word);
        json().body(Map.of("text", text)).when().post("/api/v1/actors/mentions").then()
                .body("[0].ambiguous", equalTo(true), "[0].candidates", contains((int) id, (int) twin))
                .body("[0].actorId", equalTo(null), "[1].actorId", equalTo((int) id));

        json().body(Map.of("into", id)).when().post("/api/v1/actors/" + twin + "/merge").then().statusCode(200);
        json().body(Map.of("text", text)).when().post("/api/v1/actors/mentions").then()
                .body("actorId", contains((int) id, (int) id));
    }

    @Test
    void readsADocumentTextFromTheDocumentService() {
        String word = unique("Sikasso").replace(" ", "");
        long id = actor("state", word);
        DocumentServiceStub.TEXTS.put(4242L, "Première ligne\nle " + word + " signe");
        json().body(Map.of("documentId", 4242)).when().post("/api/v1/actors/mentions").then().statusCode(200)
                .body("actorId", contains((int) id), "[0].start", equalTo(18));
        json().body(Map.of("documentId", 4243)).when().post("/api/v1/actors/mentions").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void withoutTheDocumentServiceADocumentIsUnavailableForAWhile() {
        DocumentServiceStub.down = true;
        try {
            json().body(Map.of("documentId", 4244)).when().post("/api/v1/actors/mentions").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:corridor:problem:service-unavailable"));
        } finally {
            DocumentServiceStub.down = false;
        }
    }

    @Test
    void textOrDocumentButNotBoth() {
        json().body(Map.of("text", "x", "documentId", 1)).when().post("/api/v1/actors/mentions").then().statusCode(400)
                .body("errors.field", hasItem("documentId"));
        json().body(Map.of()).when().post("/api/v1/actors/mentions").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readersMayDetect() {
        json().body(Map.of("text", "rien")).when().post("/api/v1/actors/mentions").then().statusCode(200);
    }
}
