package io.corridor.e2e.actor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The actor registry through the gateway, with real tokens: registry, relations in time, networks, mentions, merges. */
@ExtendWith(Stack.class)
class ActorEndToEndTest {

    static final String API = Stack.GATEWAY + "/api/v1";

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON.withCharset("UTF-8"));
    }

    static String word() {
        StringBuilder w = new StringBuilder("Zor");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    static long create(String user, Map<String, Object> body) {
        return ((Number) as(user).body(body).when().post(API + "/actors").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    @Test
    void registrySearchAndOptimisticChangesThroughTheGateway() {
        String w = word();
        long id = create("curator", Map.of("kind", "person", "name", "Alpha Oumar Konaré " + w,
                "aliases", List.of("président Alpha Oumar Konaré " + w), "country", "MLI"));
        as("reader").queryParam("q", "Konare " + w).when().get(API + "/actors").then().statusCode(200)
                .body("items[0].id", equalTo((int) id), "items[0].family", equalTo("actor"));
        String etag = as("reader").when().get(API + "/actors/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> change = Map.of("kind", "person", "name", "Alpha Oumar Konaré " + w, "country", "MLI",
                "start", "1946", "wikidata", "Q57589");
        as("curator").body(change).when().put(API + "/actors/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        as("curator").header("If-Match", etag).body(change).when().put(API + "/actors/" + id).then().statusCode(200)
                .body("wikidata", equalTo("Q57589")).header("ETag", not(equalTo(etag)));
        as("curator").header("If-Match", etag).body(change).when().put(API + "/actors/" + id).then().statusCode(412);
        as("annotator").header("If-Match", etag).body(change).when().put(API + "/actors/" + id).then().statusCode(403);
        // and the service checks the role itself
        as("annotator").header("If-Match", etag).body(change).when().put(Stack.ACTOR_SERVICE + "/api/v1/actors/" + id)
                .then().statusCode(403);
        as("curator").body(Map.of("kind", "person", "name", "x", "start", "2010", "end", "2009")).when()
                .post(API + "/actors").then().statusCode(422).body("errors.field", hasItem("end"));
    }

    @Test
    void relationsNetworksAndTimelineAtADate() {
        String w = word();
        long ame = create("curator", Map.of("kind", "civil_society", "name", "Association malienne des expulsés " + w));
        long foram = create("curator", Map.of("kind", "civil_society", "name", "Forum pour un autre Mali " + w));
        long accord = create("curator", Map.of("kind", "agreement", "name", "Accord de réadmission " + w, "start", "2006"));
        long alliance = ((Number) as("annotator").body(Map.of("subject", ame, "predicate", "allied_with", "object", foram,
                "start", "2009", "evidence", List.of(Map.of("document", "soukouna-etat-malien-negociations-migrations.txt",
                        "quote", "l’AME s’est alliée au Forum pour un autre Mali")))).when().post(API + "/relations").then()
                .statusCode(201).body("status", equalTo("proposed")).extract().path("id")).longValue();
        long opposition = ((Number) as("curator").body(Map.of("subject", ame, "predicate", "opposes", "object", accord,
                "start", "2007", "end", "2010")).when().post(API + "/relations").then().statusCode(201)
                .extract().path("id")).longValue();
        as("curator").when().post(API + "/relations/" + alliance + "/accept").then().statusCode(200)
                .body("status", equalTo("accepted"));
        as("curator").body(Map.of("subject", ame, "predicate", "opposes", "object", ame)).when().post(API + "/relations")
                .then().statusCode(422).body("errors.field", hasItem("object"));

        as("reader").queryParam("at", "2009-06").when().get(API + "/actors/" + ame + "/relations").then().statusCode(200)
                .body("id", containsInAnyOrder((int) alliance, (int) opposition));
        as("reader").queryParam("at", "2012").when().get(API + "/actors/" + ame + "/relations").then()
                .body("id", contains((int) alliance));
        as("reader").queryParam("at", "2012").when().get(API + "/actors/" + ame + "/network").then().statusCode(200)
                .body("nodes.id", containsInAnyOrder((int) ame, (int) foram), "edges.id", contains((int) alliance));
        String gexf = given().auth().oauth2(Tokens.of("reader")).accept("application/gexf+xml")
                .when().get(API + "/actors/" + ame + "/network?depth=2").then().statusCode(200)
                .contentType(containsString("application/gexf+xml")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(gexf.contains("http://gexf.net/1.3"), gexf);
        as("reader").queryParam("format", "graphml").when().get(API + "/actors/" + ame + "/network").then().statusCode(200)
                .contentType(containsString("application/graphml+xml"));
        as("reader").when().get(API + "/actors/" + ame + "/timeline").then().statusCode(200)
                .body("entries.relation.id", contains((int) opposition, (int) alliance), "complete", equalTo(true));
    }

    @Test
    void theTimelineListsTheDocumentsThatMentionTheActor() {
        String w = word();
        long collective = create("curator", Map.of("kind", "civil_society", "name", "Collectif " + w));
        String text = "Le Collectif " + w + " manifeste à Bamako ; le collectif " + w + " demande un moratoire.\n";
        // multipart bodies skip the contract filter (see DocumentEndToEndTest); the timeline's answer is checked
        long document = ((Number) given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart(new MultiPartSpecBuilder(text.getBytes(StandardCharsets.UTF_8)).controlName("file")
                        .fileName("collectif.txt").mimeType("text/plain").build())
                .multiPart(new MultiPartSpecBuilder("Manifestation " + w).controlName("title").mimeType("text/plain").build())
                .multiPart(new MultiPartSpecBuilder("2012-04").controlName("date").mimeType("text/plain").build())
                .when().post(API + "/documents").then().statusCode(201).extract().path("id")).longValue();
        as("reader").when().get(API + "/actors/" + collective + "/timeline").then().statusCode(200)
                .body("complete", equalTo(true), "entries.type", contains("mention"), "entries[0].start", equalTo("2012-04"))
                .body("entries[0].document.id", equalTo((int) document), "entries[0].document.mentions", equalTo(2))
                .body("entries[0].document.first.start", equalTo(3), "entries[0].document.first.exact", equalTo("Collectif " + w));
    }

    @Test
    void mentionsThroughTheGateway() {
        String w = word();
        long council = create("curator", Map.of("kind", "government_agency", "name",
                "Délégation générale des " + w + " de l'extérieur", "acronyms", List.of("DGZQ")));
        long state = create("curator", Map.of("kind", "state", "name", w));
        String text = "La Delegation generale des " + w + " de l’exterieur (DGZQ) et les " + w + "iens du " + w + ".";
        as("reader").body(Map.of("text", text)).when().post(API + "/actors/mentions").then().statusCode(200)
                .body("actorId", contains((int) council, (int) council, (int) state))
                .body("[0].start", equalTo(3), "[1].exact", equalTo("DGZQ"));
    }

    @Test
    void mergedActorsRedirectToTheirSurvivor() {
        String w = word();
        long loser = create("curator", Map.of("kind", "diaspora_institution", "name", "Haut Conseil des " + w + " de l'étranger"));
        long survivor = create("curator", Map.of("kind", "diaspora_institution", "name", "Haut Conseil des " + w + " de l'Extérieur"));
        as("annotator").body(Map.of("into", survivor)).when().post(API + "/actors/" + loser + "/merge").then().statusCode(403);
        as("curator").body(Map.of("into", survivor)).when().post(API + "/actors/" + loser + "/merge").then().statusCode(200)
                .body("id", equalTo((int) survivor), "aliases", hasItems("Haut Conseil des " + w + " de l'étranger"));
        as("reader").redirects().follow(false).when().get(API + "/actors/" + loser).then().statusCode(308)
                .header("Location", containsString("/api/v1/actors/" + survivor));
        as("reader").when().get(API + "/actors/" + loser).then().statusCode(200).body("id", equalTo((int) survivor));
    }
}
