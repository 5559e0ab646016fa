package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.actor;
import static io.corridor.actor.rest.Registry.json;
import static io.corridor.actor.rest.Registry.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
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

/** Events with participants on someone's behalf, instruments and evidence; in timelines and networks; the rules. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class EventResourceTest {

    private record Cast(long mali, long eu, long minister, long envoy, long principal, long fund) {
    }

    private static Cast cast() {
        Map<String, Object> fund = new LinkedHashMap<>();
        fund.put("kind", "fund");
        fund.put("name", unique("Fonds fiduciaire"));
        return new Cast(actor("state", unique("Mali")), actor("international_organization", unique("Union européenne")),
                actor("person", unique("Abdoulaye Diop")), actor("person", unique("Bert Koenders")),
                actor("person", unique("Federica Mogherini")), actor(fund));
    }

    private static Map<String, Object> dialogue(Cast c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "high_level_dialogue");
        body.put("title", "Dialogue de haut niveau sur les migrations");
        body.put("start", "2016-12-11");
        body.put("place", "Bamako");
        body.put("participants", List.of(Map.of("actor", c.minister(), "role", "Ministre des Affaires étrangères", "onBehalfOf", c.mali()),
                Map.of("actor", c.envoy(), "role", "Ministre des Affaires étrangères des Pays-Bas", "onBehalfOf", c.principal()),
                Map.of("actor", c.eu())));
        body.put("instruments", List.of(Map.of("instrument", c.fund(), "action", "reviewed")));
        body.put("evidence", List.of(Map.of("document", "communique.txt", "quote", "a visité le Mali au nom de")));
        return body;
    }

    @Test
    void anEventReadsBackAndShowsInTimelinesAndNetworks() throws Exception {
        Cast c = cast();
        JsonPath created = json().body(dialogue(c)).when().post("/api/v1/events").then().statusCode(201)
                .header("Location", containsString("/api/v1/events/")).header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("status", equalTo("accepted"), "precision", equalTo("day"))
                .extract().jsonPath();
        long id = created.getLong("id");
        given().when().get("/api/v1/events/" + id).then().statusCode(200)
                .body("kind", equalTo("high_level_dialogue"), "start", equalTo("2016-12-11"), "place", equalTo("Bamako"),
                        "participants[1].actor.id", equalTo((int) c.envoy()), "participants[1].onBehalfOf.id", equalTo((int) c.principal()),
                        "participants[0].onBehalfOf.id", equalTo((int) c.mali()), "instruments[0].instrument.id", equalTo((int) c.fund()),
                        "instruments[0].action", equalTo("reviewed"), "evidence[0].quote", equalTo("a visité le Mali au nom de"));
        // the principal was represented: the event is in her timeline and listing too
        given().queryParam("actor", c.principal()).when().get("/api/v1/events").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        given().queryParam("actor", c.minister()).queryParam("at", "2016-12").when().get("/api/v1/events").then()
                .body("items.id", hasItem((int) id));
        given().queryParam("actor", c.minister()).queryParam("at", "2017").when().get("/api/v1/events").then()
                .body("total", equalTo(0));
        given().when().get("/api/v1/actors/" + c.envoy() + "/timeline").then().statusCode(200)
                .body("entries.type", hasItem("event"), "entries.find { it.type == 'event' }.event.id", equalTo((int) id));
        given().when().get("/api/v1/actors/" + c.minister() + "/network").then().statusCode(200)
                .body("events.id", hasItem((int) id));
        String gexf = given().queryParam("format", "gexf").when().get("/api/v1/actors/" + c.minister() + "/network")
                .then().statusCode(200).extract().asString();
        assertTrue(gexf.contains("id=\"event-" + id + "\""), gexf);
        assertTrue(gexf.contains("<spell start=\"2016-12-11\" end=\"2016-12-11\""), gexf);
        assertTrue(gexf.contains("source=\"" + c.minister() + "\" target=\"event-" + id + "\""), gexf);
    }

    @Test
    void changesNeedTheVersionReadAndDeletionTakesTheParts() throws Exception {
        Cast c = cast();
        long id = json().body(dialogue(c)).when().post("/api/v1/events").then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = given().when().get("/api/v1/events/" + id).then().extract().header("ETag");
        Map<String, Object> changed = dialogue(c);
        changed.put("start", "2016-12");
        changed.put("notBefore", "2016-12-10");
        changed.put("notAfter", "2016-12-12");
        json().body(changed).when().put("/api/v1/events/" + id).then().statusCode(428);
        json().header("If-Match", etag).body(changed).when().put("/api/v1/events/" + id).then().statusCode(200)
                .body("precision", equalTo("month"), "notBefore", equalTo("2016-12-10"), "participants.size()", equalTo(3));
        json().header("If-Match", etag).body(changed).when().put("/api/v1/events/" + id).then().statusCode(412);
        String now = given().when().get("/api/v1/events/" + id).then().extract().header("ETag");
        given().header("If-Match", now).when().delete("/api/v1/events/" + id).then().statusCode(204);
        given().when().get("/api/v1/events/" + id).then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, count("select count(*) from event_participant where event_id = " + id));
    }

    @Test
    void refusalsNameTheFieldAndStoreNothing() throws Exception {
        Cast c = cast();
        long before = count("select count(*) from event");
        Map<String, Object> body = dialogue(c);
        body.put("participants", List.of(Map.of("actor", 987654321L), Map.of("actor", c.minister(), "onBehalfOf", c.minister())));
        json().body(body).when().post("/api/v1/events").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("participants[0].actor"), "errors.field", hasItem("participants[1].onBehalfOf"));
        body = dialogue(c);
        body.put("instruments", List.of(Map.of("instrument", c.mali(), "action", "signed")));
        json().body(body).when().post("/api/v1/events").then().statusCode(422).body("errors.field", hasItem("instruments[0].instrument"));
        body = dialogue(c);
        body.put("notBefore", "2016-12-20");
        json().body(body).when().post("/api/v1/events").then().statusCode(422).body("errors.field", hasItem("notBefore"));
        body.put("notBefore", "2016-12-01");
        body.put("notAfter", "2016-11-30");
        json().body(body).when().post("/api/v1/events").then().statusCode(422).body("errors.field", hasItem("notAfter"));
        body = dialogue(c);
        body.put("kind", "party");
        json().body(body).when().post("/api/v1/events").then().statusCode(400).body("errors.field", hasItem("kind"));
        body = dialogue(c);
        body.put("end", "2016-01");
        json().body(body).when().post("/api/v1/events").then().statusCode(422).body("errors.field", hasItem("end"));
        body = dialogue(c);
        body.put("instruments", List.of(Map.of("instrument", c.fund(), "action", "burned")));
        json().body(body).when().post("/api/v1/events").then().statusCode(400).body("errors.field", hasItem("instruments.action"));
        given().queryParam("kind", "party").when().get("/api/v1/events").then().statusCode(400).body("errors.field", hasItem("kind"));
        assertEquals(before, count("select count(*) from event"));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void annotatorsPropose() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "summit");
        body.put("title", "Sommet de La Valette");
        body.put("start", "2015-11-11");
        body.put("end", "2015-11-12");
        json().body(body).when().post("/api/v1/events").then().statusCode(201).body("status", equalTo("proposed"));
    }

    private static long count(String sql) throws Exception {
        try (Connection c = PostgresResource.connect("actors"); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
