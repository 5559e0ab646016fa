package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.BASE;
import static io.corridor.document.rest.Annotations.comment;
import static io.corridor.document.rest.Annotations.create;
import static io.corridor.document.rest.Annotations.post;
import static io.corridor.document.rest.Annotations.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.corridor.document.Fixtures;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;

/**
 * Flags, the queue, hiding and pre-moderation, by members of a team of their own (mod-team, premod-team)
 * so that no other test's team is pre-moderated.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModerationTest {

    static Annotations.Doc doc;
    static String flagged;
    static String pending;
    static String secret = Fixtures.unique("injure");

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "mod-writer", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "mod-team,premod-team"))
    void aMemberWrites() {
        doc = Annotations.document("Le Sénégal a ratifié la convention de Kampala. " + Fixtures.unique("mod"));
        flagged = create(doc.passage("Sénégal", "commenting", List.of(comment("mot " + secret))));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "mod-reader", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "mod-team"))
    void anotherMemberFlagsOnce() {
        String flags = flagged + "/flags";
        given().contentType("application/json").body(utf8(Map.of("reason", "offensant"))).post(flags).then().statusCode(201)
                .body("flagger", equalTo("mod-reader"), "annotation", equalTo(BASE + flagged), "hidden", equalTo(false),
                        "resolution", nullValue());
        given().contentType("application/json").body(utf8(Map.of("reason", "encore"))).post(flags).then().statusCode(200)
                .body("reason", equalTo("offensant"));
        given().contentType("application/json").body(utf8(Map.of("reason", " "))).post(flags).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().get(flagged + "/history").then().body("action", hasItem("flagged"));
        given().get("/api/v1/moderation/flags").then().statusCode(403);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "outsider", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "other-team"))
    void whoCannotSeeItCannotFlagIt() {
        given().contentType("application/json").body(utf8(Map.of("reason", "x"))).post(flagged + "/flags").then().statusCode(404);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "mod-curator", roles = { "curator", "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "mod-team,premod-team"))
    void aCuratorWorksThroughTheQueueAndHides() {
        given().get("/api/v1/moderation/flags?state=open").then().statusCode(200)
                .body("items.annotation", hasItem(BASE + flagged));
        given().contentType("application/json").body(utf8(Map.of("hidden", true, "reason", "propos injurieux")))
                .put(flagged + "/moderation").then().statusCode(200)
                .body("moderation.hidden", equalTo(true), "moderation.reason", equalTo("propos injurieux"),
                        "body[0].value", equalTo("mot " + secret));
        given().get("/api/v1/moderation/flags?state=open").then().body("items.annotation", not(hasItem(BASE + flagged)));
        given().get("/api/v1/moderation/flags?state=resolved").then()
                .body("items.find { it.annotation == '" + BASE + flagged + "' }.resolution", equalTo("hidden"));
        given().get("/api/v1/moderation/flags?state=later").then().statusCode(400).body("errors[0].field", equalTo("state"));
        given().get(flagged + "/history").then().body("action", hasItem("hidden"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "mod-reader", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "mod-team"))
    void othersGetItHiddenByModerator() {
        given().get(flagged).then().statusCode(200).body("body", nullValue(),
                "moderation.label", equalTo("hidden by moderator"), "moderation.reason", nullValue());
        given().get("/api/v1/annotations/?document=" + doc.id() + "&page=0").then()
                .body("items[0].body", nullValue(), "items[0].moderation.hidden", equalTo(true));
        given().get(flagged + "/history").then().statusCode(200).body(not(org.hamcrest.Matchers.containsString(secret)));
        given().queryParam("q", secret).get("/api/v1/search").then().body("total", equalTo(0));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "mod-writer", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "mod-team,premod-team"))
    void theCreatorSeesItWholeAndWasTold() {
        given().get(flagged).then().body("body[0].value", equalTo("mot " + secret), "moderation.reason", equalTo("propos injurieux"));
        given().get("/api/v1/notifications").then().statusCode(200)
                .body("items.type", hasItem("flagged"), "items.type", hasItem("hidden"));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "mod-curator", roles = { "curator", "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "mod-team,premod-team"))
    void aCuratorPremoderatesTheirTeam() {
        given().get("/api/v1/teams/premod-team/moderation").then().statusCode(200).body("premoderated", equalTo(false));
        given().contentType("application/json").body(utf8(Map.of("premoderated", true)))
                .put("/api/v1/teams/premod-team/moderation").then().statusCode(200)
                .body("premoderated", equalTo(true), "changedBy", equalTo("mod-curator"));
        // not a curator of that team
        given().contentType("application/json").body(utf8(Map.of("premoderated", true)))
                .put("/api/v1/teams/other-team/moderation").then().statusCode(403);
        given().get("/api/v1/teams/bad%20team/moderation").then().statusCode(400).body("errors[0].field", equalTo("team"));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "mod-writer", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "mod-team,premod-team"))
    void aPremoderatedMembersAnnotationWaits() {
        pending = create(doc.passage("convention de Kampala", "commenting", List.of(comment("en attente"))));
        given().get(pending).then().statusCode(200).body("status", equalTo("pending"));
    }

    @Test
    @Order(9)
    @TestSecurity(user = "mod-reader", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "mod-team"))
    void othersDoNotSeeItWhilePending() {
        given().get(pending).then().statusCode(404);
        given().get("/api/v1/annotations/?document=" + doc.id()).then().body("total", equalTo(1));
        post(Map.of("motivation", "replying", "target", BASE + pending, "body", List.of(comment("?")))).then().statusCode(404);
    }

    @Test
    @Order(10)
    @TestSecurity(user = "mod-curator", roles = { "curator", "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "mod-team,premod-team"))
    void aCuratorAcceptsIt() {
        given().get(pending).then().statusCode(200).body("status", equalTo("pending"));
        given().contentType("application/json").header("If-Match", "\"0\"").body(utf8(Map.of("status", "accepted")))
                .put(pending + "/status").then().statusCode(200).body("status", equalTo("accepted"));
        // a curator's own annotation is never held
        String own = create(doc.passage("Sénégal", "commenting", List.of(comment("note de curateur"))));
        given().get(own).then().body("status", equalTo("accepted"));
        given().contentType("application/json").body(utf8(Map.of("premoderated", false)))
                .put("/api/v1/teams/premod-team/moderation").then().statusCode(200);
    }

    @Test
    @Order(11)
    @TestSecurity(user = "mod-reader", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "mod-team"))
    void acceptedOthersSeeIt() {
        given().get(pending).then().statusCode(200).body("status", equalTo("accepted"), "body[0].value", notNullValue());
    }
}
