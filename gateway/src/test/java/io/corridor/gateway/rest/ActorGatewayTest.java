package io.corridor.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The actor, relation and mention endpoints of the gateway on their own (no actor-service behind
 * it in this profile): roles and shapes are checked at the door, an unreachable service is a 503,
 * and the OpenAPI document carries the contract. The end-to-end suite covers the full path.
 */
@QuarkusTest
class ActorGatewayTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/actors/1", "/api/v1/actors/1/relations", "/api/v1/actors/1/timeline",
            "/api/v1/actors/1/network", "/api/v1/relations", "/api/v1/relations/1" })
    void anonymousGets401(String path) {
        given().when().get(path).then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/actors/1", "/api/v1/actors/1/relations?at=2009-06", "/api/v1/actors/1/timeline",
            "/api/v1/actors/1/network?depth=2", "/api/v1/actors/1/network?format=gexf", "/api/v1/relations",
            "/api/v1/relations/1", "/api/v1/actors?q=Konare" })
    @TestSecurity(user = "reader", roles = "reader")
    void unreachableServiceIs503(String path) {
        given().when().get(path).then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readersDetectMentionsButDoNotWrite() {
        given().contentType(ContentType.JSON).body("{\"text\":\"le Mali\"}").when().post("/api/v1/actors/mentions")
                .then().statusCode(503);
        given().contentType(ContentType.JSON).body("{\"subject\":1,\"predicate\":\"visits\",\"object\":2}")
                .when().post("/api/v1/relations").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"into\":2}").when().post("/api/v1/actors/1/merge").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void onlyCuratorsEditMergeAcceptAndDelete() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"kind\":\"state\",\"name\":\"Mali\"}")
                .when().put("/api/v1/actors/1").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"into\":2}").when().post("/api/v1/actors/1/merge").then().statusCode(403);
        given().when().post("/api/v1/actors/1/accept").then().statusCode(403);
        given().when().post("/api/v1/relations/1/accept").then().statusCode(403);
        given().header("If-Match", "\"0\"").when().delete("/api/v1/relations/1").then().statusCode(403);
        // annotators may propose: the door lets them through to the (absent) service
        given().contentType(ContentType.JSON).body("{\"subject\":1,\"predicate\":\"visits\",\"object\":2}")
                .when().post("/api/v1/relations").then().statusCode(503);
    }

    @Test
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void shapesAreCheckedAtTheDoor() {
        given().contentType(ContentType.JSON).body("{\"kind\":\"state\",\"name\":\"Mali\",\"start\":\"juin 2009\"}")
                .when().post("/api/v1/actors").then().statusCode(400).body("errors.field", hasItem("start"));
        given().contentType(ContentType.JSON).body("{\"kind\":\"state\",\"name\":\"Mali\",\"wikidata\":\"912\"}")
                .when().post("/api/v1/actors").then().statusCode(400).body("errors.field", hasItem("wikidata"));
        given().contentType(ContentType.JSON).body("{\"subject\":1,\"object\":2}").when().post("/api/v1/relations")
                .then().statusCode(400).body("errors.field", hasItem("predicate"));
        given().contentType(ContentType.JSON).body("{\"subject\":1,\"predicate\":\"visits\",\"object\":2,\"confidence\":3}")
                .when().post("/api/v1/relations").then().statusCode(400).body("errors.field", hasItem("confidence"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/actors/1/merge").then().statusCode(400)
                .body("errors.field", hasItem("into"));
        given().queryParam("depth", 4).when().get("/api/v1/actors/1/network").then().statusCode(400)
                .body("errors.field", hasItem("depth"));
        given().queryParam("format", "dot").when().get("/api/v1/actors/1/network").then().statusCode(400)
                .body("errors.field", hasItem("format"));
        given().queryParam("family", "people").when().get("/api/v1/actors").then().statusCode(400)
                .body("errors.field", hasItem("family"));
    }

    @Test
    void openApiDescribesTheActorContract() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/actors/{id}"))
                .body("paths", hasKey("/api/v1/actors/{id}/merge"))
                .body("paths", hasKey("/api/v1/actors/{id}/relations"))
                .body("paths", hasKey("/api/v1/actors/{id}/network"))
                .body("paths", hasKey("/api/v1/actors/{id}/timeline"))
                .body("paths", hasKey("/api/v1/actors/mentions"))
                .body("paths", hasKey("/api/v1/relations"))
                .body("paths", hasKey("/api/v1/relations/{id}"))
                .body("paths.'/api/v1/actors/{id}/network'.get.responses.'200'.content",
                        hasKey("application/gexf+xml"))
                .body("paths.'/api/v1/actors/{id}'.get.responses", hasKey("308"))
                // the batch read is a filter of the listing, described where clients look
                .body("paths.'/api/v1/actors'.get.parameters.find { it.name == 'ids' }.description",
                        containsString("at most 100"))
                .body("paths.'/api/v1/actors'.post.responses.'201'.content", hasKey("application/json"))
                .body("paths.'/api/v1/relations'.post.responses.'201'.content", hasKey("application/json"))
                .body("paths.'/api/v1/relations'.post.responses.'422'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/actors/{id}'.put.responses.'200'.content", hasKey("application/json"))
                .body("paths.'/api/v1/actors/{id}/merge'.post.responses.'200'.content", hasKey("application/json"))
                .body("components.schemas", hasKey("Actor"))
                .body("components.schemas", hasKey("Relation"))
                .body("components.schemas", hasKey("Mention"))
                .body("components.schemas", hasKey("Network"))
                .body("components.schemas.Actor.properties", hasKey("aliases"))
                .body("components.schemas.ActorDraft.properties.kind.enum", hasItems("person", "agreement", "fund"))
                .body("components.schemas.Mention.properties.ambiguous.type", equalTo("boolean"));
    }
}
