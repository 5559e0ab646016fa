package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.actor;
import static io.corridor.actor.rest.Registry.json;
import static io.corridor.actor.rest.Registry.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Posts that exist while vacant, held over time on someone's behalf; names over a period; provenance on any statement. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class PostsAndProvenanceTest {

    static long post(long organization, String label) {
        return json().body(Map.of("organization", organization, "label", label, "role", "ministre", "start", "2004"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long holds(long person, long organization, long post, Long onBehalfOf, String start, String end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", person);
        body.put("predicate", "leader_of");
        body.put("object", organization);
        body.put("post", post);
        body.put("onBehalfOf", onBehalfOf);
        body.put("start", start);
        body.put("end", end);
        return json().body(body).when().post("/api/v1/relations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aPostExistsVacantAndShowsItsHoldersOverTime() {
        long ministry = actor("ministry", unique("Ministère des Maliens de l'extérieur"));
        long party = actor("civil_society", unique("Parti"));
        long post = post(ministry, "Ministre des Maliens de l'extérieur");
        given().when().get("/api/v1/posts/" + post).then().statusCode(200)
                .body("organization.id", equalTo((int) ministry), "holders", hasSize(0), "status", equalTo("accepted"));
        long first = actor("person", unique("Oumar Hamadoun Dicko"));
        long second = actor("person", unique("Badra Alou Macalou"));
        long m1 = holds(first, ministry, post, party, "2004", "2007-09");
        holds(second, ministry, post, null, "2007-10", null);
        given().queryParam("at", "2006").when().get("/api/v1/posts/" + post).then().statusCode(200)
                .body("holders", hasSize(2), "holders[0].holder.id", equalTo((int) first),
                        "holders[0].onBehalfOf.id", equalTo((int) party), "heldAt", hasSize(1),
                        "heldAt[0].holder.id", equalTo((int) first));
        given().queryParam("at", "2003").when().get("/api/v1/posts/" + post).then().body("heldAt", hasSize(0));
        given().when().get("/api/v1/relations/" + m1).then().statusCode(200)
                .body("post.id", equalTo((int) post), "post.label", equalTo("Ministre des Maliens de l'extérieur"),
                        "onBehalfOf.id", equalTo((int) party));
        given().queryParam("organization", ministry).when().get("/api/v1/posts").then().statusCode(200)
                .body("total", equalTo(1), "items[0].holders", hasSize(2));
        // the membership shows in the holder's timeline with its post
        given().when().get("/api/v1/actors/" + first + "/timeline").then().statusCode(200)
                .body("entries.find { it.type == 'relation' }.relation.post.id", equalTo((int) post));
        // and in networks: the edge names the post held, and whom its holder represented
        given().when().get("/api/v1/actors/" + first + "/network").then().statusCode(200)
                .body("edges.find { it.id == " + m1 + " }.post.label", equalTo("Ministre des Maliens de l'extérieur"),
                        "edges.find { it.id == " + m1 + " }.onBehalfOf", equalTo((int) party));
        given().queryParam("format", "gexf").when().get("/api/v1/actors/" + first + "/network").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("value=\"Ministre des Maliens de l'extérieur\""));
        // a held post cannot go
        String etag = given().when().get("/api/v1/posts/" + post).then().extract().header("ETag");
        given().header("If-Match", etag).when().delete("/api/v1/posts/" + post).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aMembershipHoldsOnlyAPostOfItsObjectAndActsOnlyForAnother() {
        long ministry = actor("ministry", unique("Ministère"));
        long other = actor("ministry", unique("Autre ministère"));
        long person = actor("person", unique("Quelqu'un"));
        long post = post(ministry, "Ministre");
        Map<String, Object> body = new LinkedHashMap<>(Map.of("subject", person, "predicate", "leader_of", "object", other, "post", post));
        json().body(body).when().post("/api/v1/relations").then().statusCode(422).body("errors[0].field", equalTo("post"));
        body.put("object", ministry);
        body.put("onBehalfOf", person);
        json().body(body).when().post("/api/v1/relations").then().statusCode(422).body("errors[0].field", equalTo("onBehalfOf"));
        body.put("onBehalfOf", 999_999_999L);
        json().body(body).when().post("/api/v1/relations").then().statusCode(422).body("errors[0].field", equalTo("onBehalfOf"));
        body.remove("onBehalfOf");
        body.put("start", "2010");
        body.put("notBefore", "2011-01-01");
        json().body(body).when().post("/api/v1/relations").then().statusCode(422).body("errors[0].field", equalTo("notBefore"));
        json().body(Map.of("organization", 999_999_999L, "label", "x")).when().post("/api/v1/posts").then().statusCode(422)
                .body("errors[0].field", equalTo("organization"));
    }

    @Test
    void aRenamedMinistryShowsTheNameOfTheDateAndIsFoundByEveryName() {
        String former = unique("Ministère des Maliens de l'extérieur");
        String current = unique("Ministère des Maliens de l'extérieur et de l'Intégration africaine");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "ministry");
        body.put("name", current);
        body.put("language", "fr");
        body.put("names", List.of(Map.of("language", "fr", "name", former, "start", "2004", "end", "2011-03"),
                Map.of("language", "fr", "name", current, "start", "2011-04")));
        long id = actor(body);
        given().queryParam("at", "2008").when().get("/api/v1/actors/" + id).then().statusCode(200).body("name", equalTo(former));
        given().queryParam("at", "2015").when().get("/api/v1/actors/" + id).then().body("name", equalTo(current));
        given().when().get("/api/v1/actors/" + id).then().body("name", equalTo(current),
                "names.find { it.name == '" + former.replace("'", "\\'") + "' }.end", equalTo("2011-03"));
        // detection keeps the former name as a way of calling the actor
        json().body(Map.of("text", "En 2008, le " + former + " a reçu les associations.")).when().post("/api/v1/actors/mentions")
                .then().statusCode(200).body("actorId", hasItem((int) id));
        body.put("names", List.of(Map.of("name", former, "start", "2011", "end", "2004")));
        String etag = given().when().get("/api/v1/actors/" + id).then().extract().header("ETag");
        json().header("If-Match", etag).body(body).when().put("/api/v1/actors/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("names[0].end"));
    }

    @Test
    void anyStatementCarriesItsSourcesWithRankStanceAndSightings() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "diaspora_institution");
        body.put("name", unique("Haut Conseil"));
        body.put("country", "MLI");
        body.put("evidence", List.of(
                Map.of("import", "corpus facts/actors.csv", "property", "country", "rank", "preferred"),
                Map.of("document", "autre.txt", "quote", "au Sénégal", "property", "country", "stance", "contradicts", "rank", "deprecated")));
        long id = actor(body);
        JsonPath first = given().when().get("/api/v1/actors/" + id).then().statusCode(200)
                .body("evidence", hasSize(2), "evidence[0].import", equalTo("corpus facts/actors.csv"),
                        "evidence[0].rank", equalTo("preferred"), "evidence[0].stance", equalTo("supports"),
                        "evidence[1].stance", equalTo("contradicts"), "evidence[1].property", equalTo("country"))
                .extract().jsonPath();
        Thread.sleep(20);
        String etag = given().when().get("/api/v1/actors/" + id).then().extract().header("ETag");
        json().header("If-Match", etag).body(body).when().put("/api/v1/actors/" + id).then().statusCode(200);
        JsonPath again = given().when().get("/api/v1/actors/" + id).then().extract().jsonPath();
        // the same source sent again keeps its first sighting and is seen anew
        assertEquals(first.getString("evidence[0].firstSeen"), again.getString("evidence[0].firstSeen"));
        assertNotEquals(first.getString("evidence[0].lastSeen"), again.getString("evidence[0].lastSeen"));
        body.put("evidence", List.of(Map.of("quote", "x", "property", "predicate")));
        json().body(body).when().post("/api/v1/actors").then().statusCode(422).body("errors[0].field", equalTo("evidence[0].property"));
        body.put("evidence", List.of(Map.of("property", "country")));
        json().body(body).when().post("/api/v1/actors").then().statusCode(400).body("errors[0].field", equalTo("evidence[0]"));
        body.put("evidence", List.of(Map.of("quote", "x", "stance", "maybe")));
        json().body(body).when().post("/api/v1/actors").then().statusCode(400);
        // an event's evidence lives in the same table and reads back the same way
        long mali = actor("state", unique("Mali"));
        json().body(Map.of("kind", "summit", "title", "Sommet", "participants", List.of(Map.of("actor", mali)),
                "evidence", List.of(Map.of("quote", "le sommet", "stance", "contradicts"))))
                .when().post("/api/v1/events").then().statusCode(201).body("evidence[0].stance", equalTo("contradicts"),
                        "evidence[0].rank", equalTo("normal"));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void annotatorsProposePostsAndEventsThatOnlyCuratorsAccept() {
        long ministry = actor("ministry", unique("Ministère de l'Intégration africaine"));
        long post = post(ministry, "Ministre délégué");
        given().when().get("/api/v1/posts/" + post).then().statusCode(200).body("status", equalTo("proposed"));
        given().when().post("/api/v1/posts/" + post + "/accept").then().statusCode(403);
        long event = json().body(Map.of("kind", "visit", "title", unique("Visite à Madrid"), "start", "2010",
                "participants", List.of(Map.of("actor", ministry)))).when().post("/api/v1/events").then().statusCode(201)
                .body("status", equalTo("proposed")).extract().jsonPath().getLong("id");
        given().when().post("/api/v1/events/" + event + "/accept").then().statusCode(403);
    }

    @Test
    void acceptingKeepsTheEntryAndChecksItsVersion() {
        long ministry = actor("ministry", unique("Ministère des Affaires étrangères"));
        long post = post(ministry, "Ministre");
        long event = json().body(Map.of("kind", "summit", "title", unique("Sommet de La Valette"), "start", "2015-11",
                "participants", List.of(Map.of("actor", ministry)))).when().post("/api/v1/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        for (String path : List.of("/api/v1/posts/" + post, "/api/v1/events/" + event)) {
            String tag = given().when().get(path).then().statusCode(200).extract().header("ETag");
            given().header("If-Match", "\"999\"").when().post(path + "/accept").then().statusCode(412);
            // a curator's entry is accepted already: accepting it again changes nothing, not even its version
            given().header("If-Match", tag).when().post(path + "/accept").then().statusCode(200)
                    .header("ETag", tag).body("status", equalTo("accepted"));
        }
        given().when().post("/api/v1/posts/-1/accept").then().statusCode(404);
        given().when().post("/api/v1/events/999999999/accept").then().statusCode(404);
    }

    @Test
    void anActorsBeginningMayBeUncertainWithinBounds() {
        json().body(Map.of("kind", "diaspora_institution", "name", unique("Conseil de base des Maliens de Libreville"),
                "start", "2000", "notBefore", "2000-01-01", "notAfter", "2003-12-31")).when().post("/api/v1/actors").then()
                .statusCode(201).body("notBefore", equalTo("2000-01-01"), "notAfter", equalTo("2003-12-31"));
        json().body(Map.of("kind", "civil_society", "name", unique("Association des Maliens"), "notBefore", "2005-01-01",
                "notAfter", "2004-01-01")).when().post("/api/v1/actors").then().statusCode(422)
                .body("errors.field", hasItem("notAfter"));
        json().body(Map.of("kind", "civil_society", "name", unique("Association des Maliens"), "start", "2010",
                "notBefore", "2011-01-01")).when().post("/api/v1/actors").then().statusCode(422)
                .body("errors.field", hasItem("notBefore"));
        json().body(Map.of("kind", "civil_society", "name", unique("Association des Maliens"), "notBefore", "2005-13-01"))
                .when().post("/api/v1/actors").then().statusCode(400).body("errors.field", hasItem("notBefore"));
    }
}
