package io.corridor.e2e.actor;

import static io.corridor.e2e.actor.ActorEndToEndTest.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.demo.ActorCorpus;
import io.corridor.demo.Api;
import io.corridor.demo.Corpus;
import io.corridor.demo.DocumentCorpus;
import io.corridor.demo.EventCorpus;
import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.path.json.JsonPath;

/**
 * The demo's loaders on the real stack: the corpus's high-level dialogue of 11 December 2016 becomes an event with its
 * participants (Koenders on behalf of Mogherini) and its evidence anchored in the communiqué, and the dynamic GEXF of
 * a participant's network places it on the timeline that day. Loading twice adds nothing.
 */
@ExtendWith(Stack.class)
class HighLevelDialogueEndToEndTest {

    @Test
    void theDemoLoadsTheDialogueAsAnEventThatReplaysInTime() throws Exception {
        Corpus corpus = new Corpus(Path.of(System.getProperty("corridor.corpus", "../../shared/corpus")).toAbsolutePath());
        Api api = new Api(Stack.GATEWAY, Stack.ISSUER, "curator");
        new DocumentCorpus().load(api, corpus);
        new ActorCorpus().load(api, corpus);
        new EventCorpus().load(api, corpus);
        assertTrue(new EventCorpus().load(api, corpus).contains("0 new"), "a second load adds nothing");

        long mali = id("mali");
        long koenders = id("p-koenders");
        long mogherini = id("p-mogherini");
        JsonPath events = given().auth().oauth2(Tokens.of("reader")).queryParam("actor", mali)
                .queryParam("kind", "high_level_dialogue").queryParam("at", "2016-12-11")
                .when().get(API + "/events").then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        long event = events.getLong("items[0].id");
        assertTrue(events.getList("items[0].participants.findAll { it.actor.id == " + koenders + " }.onBehalfOf.id")
                .contains((int) mogherini), "Koenders took part on Mogherini's behalf");
        given().auth().oauth2(Tokens.of("reader")).when().get(API + "/events/" + event).then().statusCode(200)
                .body("place", equalTo("Bamako"), "evidence[0].document", equalTo(EventCorpus.COMMUNIQUE),
                        "evidence[0].annotation", containsString("/api/v1/annotations/"),
                        "instruments.action", hasItem("reviewed"));
        given().auth().oauth2(Tokens.of("reader")).when().get(API + "/actors/" + mogherini + "/timeline").then().statusCode(200)
                .body("entries.event.id", hasItem((int) event));
        String gexf = given().auth().oauth2(Tokens.of("reader")).accept("application/gexf+xml")
                .when().get(API + "/actors/" + koenders + "/network").then().statusCode(200)
                .body(containsString("mode=\"dynamic\"")).extract().asString();
        assertTrue(gexf.contains("<node id=\"event-" + event + "\""), gexf);
        assertTrue(gexf.contains("<spell start=\"2016-12-11\" end=\"2016-12-11\""), gexf);
    }

    private static long id(String key) {
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.of("reader")).queryParam("key", key)
                .when().get(API + "/actors").then().statusCode(200).extract().jsonPath().getList("items");
        return ((Number) items.get(0).get("id")).longValue();
    }
}
