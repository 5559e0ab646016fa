package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.actor;
import static io.corridor.actor.rest.Registry.json;
import static io.corridor.actor.rest.Registry.relation;
import static io.corridor.actor.rest.Registry.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.LinkedHashMap;
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
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class ActorRegistryTest {

    @Test
    void searchIgnoresCaseAndAccentsAndToleratesTypos() {
        String village = unique("Kayes");
        long konare = actor("person", "Alpha Oumar Konaré " + village, "président Alpha Oumar Konaré " + village);
        for (String q : List.of("Konare " + village, "KONARÉ " + village, "konarre " + village, "alpha oumar " + village)) {
            given().queryParam("q", q).when().get("/api/v1/actors").then().statusCode(200)
                    .body("items.id", hasItem((int) konare));
        }
        given().queryParam("q", "Konaré " + village).when().get("/api/v1/actors").then()
                .body("items[0].id", equalTo((int) konare));
    }

    @Test
    void searchFindsAliasesAndAcronyms() {
        String suffix = unique("Bamako");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "government_agency");
        body.put("name", "Délégation générale des Maliens de l'extérieur " + suffix);
        body.put("acronyms", List.of("DGMZ"));
        body.put("aliases", List.of("Délégation générale des Maliens de l'étranger " + suffix));
        long dgme = actor(body);
        given().queryParam("q", "DGMZ").when().get("/api/v1/actors").then().body("items.id", hasItem((int) dgme));
        given().queryParam("q", "delegation generale des maliens de l etranger " + suffix).when().get("/api/v1/actors")
                .then().body("items.id", hasItem((int) dgme));
        given().queryParam("q", "zzqqxxyyww").when().get("/api/v1/actors").then().body("total", equalTo(0));
    }

    @Test
    void changesNeedTheCurrentETag() {
        long id = actor("ministry", unique("Ministère des Maliens de l'extérieur"), "MMEIA");
        String etag = given().when().get("/api/v1/actors/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = Map.of("kind", "ministry", "name", unique("Ministère de la diaspora"), "country", "MLI",
                "start", "2004", "acronyms", List.of("MMEIA"));
        json().body(body).when().put("/api/v1/actors/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("errors.field", hasItem("If-Match"));
        json().header("If-Match", "\"999\"").body(body).when().put("/api/v1/actors/" + id).then().statusCode(412);
        String next = json().header("If-Match", etag).body(body).when().put("/api/v1/actors/" + id).then().statusCode(200)
                .body("country", equalTo("MLI"), "start", equalTo("2004"), "acronyms", contains("MMEIA"),
                        "aliases", org.hamcrest.Matchers.empty(), "changedBy", equalTo("curator"))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, next);
        json().header("If-Match", etag).body(body).when().put("/api/v1/actors/" + id).then().statusCode(412);
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void annotatorsProposeButDoNotEditOrMerge() {
        long id = actor("civil_society", unique("Association malienne des expulsés"));
        given().when().get("/api/v1/actors/" + id).then().body("status", equalTo("proposed"));
        json().header("If-Match", "\"0\"").body(Map.of("kind", "state", "name", "x")).when().put("/api/v1/actors/" + id)
                .then().statusCode(403);
        json().body(Map.of("into", 1)).when().post("/api/v1/actors/" + id + "/merge").then().statusCode(403);
        given().when().post("/api/v1/actors/" + id + "/accept").then().statusCode(403);
    }

    @Test
    void curatorsAcceptProposals() {
        long id = given().contentType("application/json").body("{\"kind\":\"person\",\"name\":\"" + unique("Ousmane Diarra") + "\"}")
                .when().post("/api/v1/actors").then().extract().jsonPath().getLong("id");
        given().when().post("/api/v1/actors/" + id + "/accept").then().statusCode(200).body("status", equalTo("accepted"));
    }

    @Test
    void instrumentsAreASecondFamily() {
        String name = unique("Accord franco-malien de gestion concertée des flux migratoires");
        long id = actor(Map.of("kind", "agreement", "name", name, "start", "2006", "end", "2010"));
        given().when().get("/api/v1/actors/" + id).then().body("family", equalTo("instrument"), "kind", equalTo("agreement"));
        given().queryParam("family", "instrument").queryParam("q", name).when().get("/api/v1/actors").then()
                .body("items.id", hasItem((int) id), "items.family", everyItem(equalTo("instrument")));
        given().queryParam("family", "actor").queryParam("q", name).when().get("/api/v1/actors").then()
                .body("items.id", not(hasItem((int) id)));
    }

    @Test
    void badInputIsRefusedByField() {
        json().body(Map.of("kind", "state", "name", "Atlantide", "start", "2010", "end", "2009-12")).when()
                .post("/api/v1/actors").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("end"));
        json().body(Map.of("kind", "state", "name", "Atlantide", "start", "2009-13")).when().post("/api/v1/actors")
                .then().statusCode(400).body("errors.field", hasItem("start"));
        json().body(Map.of("kind", "state", "name", "Atlantide", "wikidata", "912")).when().post("/api/v1/actors")
                .then().statusCode(400).body("errors.field", hasItem("wikidata"));
        json().body(Map.of("kind", "state", "name", "Atlantide", "country", "ATL")).when().post("/api/v1/actors")
                .then().statusCode(400).body("errors.field", hasItem("country"));
        json().body(Map.of("kind", "kingdom", "name", "Atlantide")).when().post("/api/v1/actors")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        given().queryParam("kind", "kingdom").when().get("/api/v1/actors").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        given().queryParam("status", "rumoured").when().get("/api/v1/actors").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void keysAreUniqueAndFindEntries() {
        String key = "k-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long id = actor(Map.of("kind", "state", "name", unique("Mali"), "key", key, "country", "MLI",
                "wikidata", "Q912", "isni", "000000012345678X", "viaf", "123456"));
        given().queryParam("key", key).when().get("/api/v1/actors").then().body("items.id", contains((int) id),
                "items[0].wikidata", equalTo("Q912"), "items[0].isni", equalTo("000000012345678X"));
        json().body(Map.of("kind", "state", "name", "Mali bis", "key", key)).when().post("/api/v1/actors").then()
                .statusCode(409).body("errors.field", hasItem("key"));
    }

    @Test
    void mergeMovesNamesAndRelationsAndRedirects() {
        long loser = actor("diaspora_institution", unique("Haut Conseil des Maliens de l'étranger"), "HCM étranger");
        long survivor = actor("diaspora_institution", unique("Haut Conseil des Maliens de l'Extérieur"));
        long branch = actor("diaspora_association", unique("Conseil de base des Maliens de France"));
        long relationId = relation(branch, "part_of", loser, null, null);
        relation(loser, "partner_of", survivor, null, null); // would become reflexive: goes away
        String loserName = given().when().get("/api/v1/actors/" + loser).then().extract().path("name");

        json().body(Map.of("into", survivor)).when().post("/api/v1/actors/" + loser + "/merge").then().statusCode(200)
                .body("id", equalTo((int) survivor), "aliases", hasItems(loserName, "HCM étranger"));

        given().redirects().follow(false).when().get("/api/v1/actors/" + loser).then().statusCode(308)
                .header("Location", equalTo("/api/v1/actors/" + survivor));
        given().redirects().follow(false).queryParam("at", "2009").when().get("/api/v1/actors/" + loser + "/relations")
                .then().statusCode(308).header("Location", equalTo("/api/v1/actors/" + survivor + "/relations?at=2009"));
        given().when().get("/api/v1/relations/" + relationId).then().body("object.id", equalTo((int) survivor));
        given().when().get("/api/v1/actors/" + survivor + "/relations").then().statusCode(200)
                .body("id", contains((int) relationId));
        given().queryParam("q", loserName).when().get("/api/v1/actors").then().body("items.id", hasItem((int) survivor))
                .body("items.id", not(hasItem((int) loser)));

        // merged entries cannot be targets or be merged again
        long other = actor("person", unique("Bassirou Diarra"));
        json().body(Map.of("into", loser)).when().post("/api/v1/actors/" + other + "/merge").then().statusCode(422)
                .body("errors.field", hasItem("into"));
        json().body(Map.of("into", other)).when().post("/api/v1/actors/" + other + "/merge").then().statusCode(422)
                .body("errors.field", hasItem("into"));
        json().body(Map.of("subject", other, "predicate", "visits", "object", loser)).when().post("/api/v1/relations")
                .then().statusCode(422).body("errors.field", hasItem("object"));
    }

    @Test
    void idsReadManyEntriesInOneCall() {
        String stem = unique("Batch");
        long first = actor("person", stem + " A");
        long loser = actor("person", stem + " C");
        long survivor = actor("person", stem + " B");
        json().body(Map.of("into", survivor)).when().post("/api/v1/actors/" + loser + "/merge").then().statusCode(200);
        long unknown = Long.MAX_VALUE;

        // the merged id stands for its survivor (listed once), the unknown one for nothing; by name, then id
        given().queryParam("ids", survivor + "," + unknown + ", " + loser + "," + first).queryParam("size", 100)
                .when().get("/api/v1/actors").then().statusCode(200)
                .body("items.id", contains((int) first, (int) survivor), "total", equalTo(2), "size", equalTo(100))
                .body("items[1].name", equalTo(stem + " B"), "items[1].mergedInto", nullValue());
        // the repeated form says the same; paging works as in any listing
        given().queryParam("ids", first).queryParam("ids", loser).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/actors").then().statusCode(200)
                .body("items.id", contains((int) survivor), "total", equalTo(2));
        given().queryParam("ids", String.valueOf(unknown)).when().get("/api/v1/actors").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty(), "total", equalTo(0));
    }

    @Test
    void idsBeyondTheCapOrMalformedAreRefusedByName() {
        String hundredAndOne = java.util.stream.LongStream.rangeClosed(1, 101).mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
        given().queryParam("ids", hundredAndOne).when().get("/api/v1/actors").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("ids"),
                        "detail", equalTo("ids must name at most 100 actors"));
        String hundred = hundredAndOne.substring(0, hundredAndOne.lastIndexOf(','));
        given().queryParam("ids", hundred).when().get("/api/v1/actors").then().statusCode(200);
        given().queryParam("ids", "3,x").when().get("/api/v1/actors").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("ids"));
        given().queryParam("ids", "").when().get("/api/v1/actors").then().statusCode(400).body("errors.field", contains("ids"),
                "detail", equalTo("ids must name at least one actor"));
        given().queryParam("ids", "3").queryParam("q", "Mali").when().get("/api/v1/actors").then().statusCode(400)
                .body("errors.field", contains("ids"));
    }

    @Test
    void mergedIntoIsEmptyForLiveActors() {
        long id = actor("company", unique("Banque internationale pour le Mali"), "BIM");
        given().when().get("/api/v1/actors/" + id).then().body("mergedInto", nullValue(),
                "acronyms", org.hamcrest.Matchers.empty(), "aliases", containsInAnyOrder("BIM"));
    }
}
