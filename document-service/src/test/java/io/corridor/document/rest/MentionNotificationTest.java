package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.BASE;
import static io.corridor.document.rest.Annotations.comment;
import static io.corridor.document.rest.Annotations.create;
import static io.corridor.document.rest.Annotations.post;
import static io.corridor.document.rest.Annotations.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.corridor.document.Fixtures;
import io.corridor.testing.PostgresResource;
import io.corridor.testing.ServerSentEvents.Event;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;

/**
 * @mentions become member bodies and notifications; the inbox and its live stream never show what the
 * recipient may not see. Members: men-a and men-b share a team, men-c is in another.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MentionNotificationTest {

    @TestHTTPResource("/")
    URL base;

    static Annotations.Doc doc;
    static String mentioning;
    static String tag = Fixtures.unique("etiquette");
    static String mine;
    static EventStream live;

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "men-b", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "men-team"))
    void memberBSignsIn() {
        given().get("/api/v1/notifications").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @Order(1)
    @TestSecurity(user = "men-c", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "men-other-team"))
    void memberCSignsIn() {
        given().get("/api/v1/notifications").then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "men-a", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "men-team"))
    void memberAMentionsWhoMaySee() {
        doc = Annotations.document("La Mauritanie et l’Espagne coopèrent aux frontières. " + Fixtures.unique("men"));
        // men-c may not see a team annotation of men-team; nobody-x is unknown: 422 naming both, nothing stored
        post(doc.passage("Mauritanie", "commenting", List.of(comment("voir @men-b, @men-c et @nobody-x"))))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.value", contains("men-c", "nobody-x"), "errors[0].field", equalTo("body"),
                        "detail", containsString("men-c"));
        given().get("/api/v1/annotations/?document=" + doc.id()).then().body("total", equalTo(0));
        // an e-mail address is no mention
        mentioning = create(doc.passage("Mauritanie", "commenting",
                List.of(comment("question pour @men-b (copie a@b.org)."), Annotations.tag(tag))));
        given().get(mentioning).then().statusCode(200)
                .body("body.find { it.type == 'SpecificResource' }.source", equalTo(BASE + "/api/v1/members/men-b"),
                        "body.find { it.type == 'SpecificResource' }.purpose", equalTo("tagging"),
                        "body.findAll { it.type == 'SpecificResource' }.size()", equalTo(1));
        // a mention is not a tag
        given().get("/api/v1/annotations/tags?prefix=men").then().body("tag", not(hasItem("men-b")));
        given().get("/api/v1/annotations/?document=" + doc.id() + "&tag=" + tag).then().body("total", equalTo(1));
        // the autocomplete offers only who may see a team annotation of men-a's
        given().get("/api/v1/members?q=men-&visibility=team").then().statusCode(200)
                .body("username", hasItem("men-b"), "username", not(hasItem("men-c")));
        given().get("/api/v1/members?q=men-&visibility=public").then().body("username", hasItem("men-c"));
        given().get("/api/v1/members?annotation=" + mentioning.substring(mentioning.lastIndexOf('/') + 1)).then()
                .body("username", not(hasItem("men-c")));
        given().get("/api/v1/members/men-b").then().statusCode(200).body("id", equalTo(BASE + "/api/v1/members/men-b"));
        given().get("/api/v1/members/nobody-x").then().statusCode(404);
        given().put("/api/v1/documents/" + doc.id() + "/follow").then().statusCode(204);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "men-b", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "men-team"))
    void memberBIsToldAndFollowsLive() {
        given().get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("total", equalTo(1), "items[0].type", equalTo("mentioned"), "items[0].actor", equalTo("men-a"),
                        "items[0].annotation", equalTo(BASE + mentioning), "items[0].read", equalTo(false));
        try (EventStream replay = stream(Map.of("Last-Event-ID", "0"))) {
            assertEquals(200, replay.status, replay.errorBody);
            Event first = replay.next(e -> e.comment() == null);
            assertEquals("notification", first.type());
            assertTrue(first.data().contains(mentioning), first.data());
        }
        mine = create(doc.passage("Espagne", "commenting", List.of(comment("mon avis"))));
        // kept open across the next steps: its identity is men-b's, whoever writes next
        live = stream(Map.of());
        assertEquals(200, live.status, live.errorBody);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "men-a", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "men-team"))
    void memberARepliesAndDeletesTheMention() {
        post(Map.of("motivation", "replying", "target", BASE + mine, "body", List.of(comment("d’accord")))).then().statusCode(201);
        given().header("If-Match", "\"0\"").delete(mentioning).then().statusCode(204);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "men-b", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "men-team"))
    void memberBGotTheReplyLiveAndNoLongerSeesTheMention() {
        try (EventStream stream = live) {
            Event reply = stream.next(e -> e.comment() == null);
            assertTrue(reply.data().contains("\"replied\""), reply.data());
        }
        given().get("/api/v1/notifications").then().body("items.annotation", not(hasItem(BASE + mentioning)),
                "items.type", contains("replied"));
        given().contentType("application/json").body(utf8(Map.of("all", true))).post("/api/v1/notifications/read").then()
                .statusCode(200);
        given().get("/api/v1/notifications?unread=true").then().body("total", equalTo(0));
        given().contentType("application/json").body(utf8(Map.of())).post("/api/v1/notifications/read").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "men-c", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "men-other-team"))
    void theOtherTeamWasNeverTold() {
        given().get("/api/v1/notifications").then().body("total", equalTo(0));
    }

    private EventStream stream(Map<String, String> headers) {
        return EventStream.open(URI.create(base.toString()).resolve("/api/v1/notifications/events"), headers);
    }
}
