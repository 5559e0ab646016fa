package io.corridor.e2e.workflow;

import static io.corridor.e2e.annotation.Annotations.API;
import static io.corridor.e2e.annotation.Annotations.as;
import static io.corridor.e2e.annotation.Annotations.comment;
import static io.corridor.e2e.annotation.Annotations.create;
import static io.corridor.e2e.annotation.Annotations.passage;
import static io.corridor.e2e.annotation.Annotations.unique;
import static io.corridor.e2e.annotation.Annotations.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.corridor.e2e.annotation.EventStream;
import io.corridor.testing.ServerSentEvents.Event;
import io.restassured.response.Response;

/**
 * Issue 21 on the real stack, through the gateway, with the realm's users: annotator, annotator2 and curator
 * are in sahel-team, reader in europe-team. Mentions reach the inbox and the live stream of who may see the
 * annotation, and never anyone else; flags go to the curators' queue, a hidden annotation shows to the other
 * team as hidden by moderator; a pre-moderated team's annotations wait; assignments, states, the workload,
 * and a finished annotator's annotations frozen.
 */
@ExtendWith(Stack.class)
class WorkflowEndToEndTest {

    static final String JSON = "application/json";

    @BeforeAll
    static void everyoneHasSignedIn() {
        // the document-service learns its members from their tokens: each calls the API once
        for (String user : List.of("reader", "annotator", "annotator2", "curator")) {
            as(user).when().get(API + "/notifications").then().statusCode(200);
        }
    }

    @Test
    void aMentionReachesTheInboxAndTheStreamWithinASecondAndNobodyWhoMayNotSeeIt() {
        long document = upload("annotator", "Le Mali et le Niger coopèrent sur les retours. " + unique("mention"));
        try (EventStream annotator2 = EventStream.open("annotator2", API + "/notifications/events", null);
                EventStream reader = EventStream.open("reader", API + "/notifications/events", null)) {
            // the reader (europe-team) may not see a team annotation of sahel-team: 422 naming them, nothing stored
            as("annotator").body(passage(document, "Mali", "commenting", "team", List.of(comment("@reader regarde"))))
                    .when().post(API + "/annotations/").then().statusCode(422).body("errors[0].value", equalTo("reader"));
            long start = System.nanoTime();
            Response created = as("annotator").body(passage(document, "Niger", "commenting", "team",
                    List.of(comment("@annotator2 peux-tu vérifier ?")))).when().post(API + "/annotations/");
            long answered = System.nanoTime();
            created.then().statusCode(201);
            String iri = created.jsonPath().getString("id");
            Event event = annotator2.next("the mention of annotator2", e -> "notification".equals(e.type()));
            long arrived = System.nanoTime();
            assertEquals("mentioned", EventStream.json(event).path("type").asText());
            assertEquals(iri, EventStream.json(event).path("annotation").asText());
            double fromRequest = (arrived - start) / 1e6;
            double fromAnswer = (arrived - answered) / 1e6;
            System.out.printf("mention -> live notification: %.1f ms from the POST, %.1f ms after its 201%n", fromRequest,
                    fromAnswer);
            assertTrue(fromAnswer < 1000, "the mention reached the stream " + fromAnswer + " ms after the 201");
            as("annotator2").when().get(API + "/notifications?unread=true").then().statusCode(200)
                    .body("items.annotation", hasItem(iri));
            // a public annotation may mention the reader; the team one never reached them
            String open = create("annotator", passage(document, "retours", "commenting", "public",
                    List.of(comment("pour @reader aussi"))));
            Event forReader = reader.next("the reader's mention", e -> "notification".equals(e.type()));
            assertTrue(EventStream.json(forReader).path("annotation").asText().endsWith(open), forReader.data());
            assertTrue(reader.seen().stream().noneMatch(e -> e.data() != null && e.data().contains(iri)),
                    "the reader was told of a team annotation they may not see");
            as("reader").when().get(API + "/notifications").then().body("items.annotation", not(hasItem(iri)));
        }
    }

    @Test
    void flagsGoToTheQueueAndAHiddenAnnotationShowsAsHiddenToTheOtherTeam() {
        long document = upload("annotator", "La Libye est un pays de transit. " + unique("flag"));
        String path = create("annotator", passage(document, "Libye", "commenting", "public", List.of(comment("propos douteux"))));
        as("reader").contentType(JSON).body(Map.of("reason", "insultant")).when().post(path(path) + "/flags").then()
                .statusCode(201);
        as("curator").when().get(API + "/moderation/flags?state=open&size=100").then().statusCode(200)
                .body("items.annotation", hasItem(path(path)));
        as("curator").contentType(JSON).body(Map.of("hidden", true, "reason", "hors charte"))
                .when().put(path(path) + "/moderation").then().statusCode(200).body("moderation.hidden", equalTo(true));
        as("reader").when().get(path(path)).then().statusCode(200)
                .body("body", nullValue(), "moderation.label", equalTo("hidden by moderator"), "moderation.reason", nullValue());
        as("annotator").when().get(path(path)).then().body("body[0].value", equalTo("propos douteux"),
                "moderation.reason", equalTo("hors charte"));
        as("annotator").when().get(path(path) + "/history").then().body("action", hasItem("flagged"), "action", hasItem("hidden"));
        as("annotator").when().get(API + "/notifications").then().body("items.type", hasItem("hidden"));
    }

    @Test
    void aPremoderatedTeamsAnnotationsWaitForACurator() {
        long document = upload("annotator", "Le Maroc signe un accord de mobilité. " + unique("premod"));
        as("curator").contentType(JSON).body(Map.of("premoderated", true)).when().put(API + "/teams/sahel-team/moderation")
                .then().statusCode(200).body("premoderated", equalTo(true));
        try {
            String path = create("annotator2", passage(document, "Maroc", "commenting", "public", List.of(comment("à valider"))));
            as("annotator2").when().get(path(path)).then().body("status", equalTo("pending"));
            as("reader").when().get(path(path)).then().statusCode(404);
            String etag = as("curator").when().get(path(path)).then().statusCode(200).extract().header("ETag");
            as("curator").contentType(JSON).header("If-Match", etag).body(Map.of("status", "accepted"))
                    .when().put(path(path) + "/status").then().statusCode(200);
            as("reader").when().get(path(path)).then().statusCode(200).body("status", equalTo("accepted"));
        } finally {
            as("curator").contentType(JSON).body(Map.of("premoderated", false)).when()
                    .put(API + "/teams/sahel-team/moderation").then().statusCode(200);
        }
    }

    @Test
    void anAssignmentMovesThroughItsStatesAndAFinishedAnnotatorIsFrozen() {
        long document = upload("annotator", "L’Algérie et la Tunisie. " + unique("assign"));
        String assignment = API + "/documents/" + document + "/assignments/annotator2";
        // a PUT without a body: no Content-Type either
        given().auth().oauth2(Tokens.of("curator")).when().put(assignment).then().statusCode(201).body("state", equalTo("new"));
        as("annotator2").when().get(API + "/me/assignments?size=100").then().statusCode(200)
                .body("items.documentId", hasItem((int) document));
        as("annotator2").when().get(API + "/notifications").then().body("items.type", hasItem("assigned"));
        as("annotator2").contentType(JSON).body(Map.of("state", "in_progress")).when()
                .put(API + "/documents/" + document + "/state").then().statusCode(200);
        create("annotator2", passage(document, "Algérie", "tagging", "team", List.of(comment("fait"))));
        as("annotator2").contentType(JSON).body(Map.of("state", "finished")).when()
                .put(API + "/documents/" + document + "/state").then().statusCode(200);
        as("annotator2").body(passage(document, "Tunisie", "commenting", "team", List.of(comment("encore"))))
                .when().post(API + "/annotations/").then().statusCode(409).body("errors[0].value", equalTo("finished"));
        as("curator").when().get(API + "/workload?document=" + document).then().statusCode(200)
                .body("items[0].assignee", equalTo("annotator2"), "items[0].state", equalTo("finished"),
                        "items[0].annotations", equalTo(1));
        as("curator").contentType(JSON).body(Map.of("state", "curated")).when()
                .put(API + "/documents/" + document + "/workflow").then().statusCode(409);
        as("curator").contentType(JSON).body(Map.of("state", "in_progress")).when().put(assignment + "/state").then()
                .statusCode(200);
        create("annotator2", passage(document, "Tunisie", "commenting", "team", List.of(comment("rouvert"))));
        as("curator").contentType(JSON).body(Map.of("state", "curating")).when()
                .put(API + "/documents/" + document + "/workflow").then().statusCode(200).body("state", equalTo("curating"));
        // the assignee follows the document: its new version is news to them (a setup step through the multipart
        // relay, which the contract check cannot read)
        given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart("file", "v2.txt", ("L’Algérie, la Tunisie et le Maroc. " + unique("v2")).getBytes(StandardCharsets.UTF_8),
                        "text/plain; charset=UTF-8")
                .when().post(API + "/documents/" + document + "/versions").then().statusCode(201);
        as("annotator2").when().get(API + "/notifications?size=100").then()
                .body("items.findAll { it.type == 'new_version' }.document", hasItem(API + "/documents/" + document));
    }

    private static String path(String location) {
        return Stack.GATEWAY + location;
    }
}
