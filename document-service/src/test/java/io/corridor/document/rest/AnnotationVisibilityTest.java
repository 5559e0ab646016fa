package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.BASE;
import static io.corridor.document.rest.Annotations.LD;
import static io.corridor.document.rest.Annotations.comment;
import static io.corridor.document.rest.Annotations.create;
import static io.corridor.document.rest.Annotations.post;
import static io.corridor.document.rest.Annotations.utf8;
import static io.corridor.document.rest.Annotations.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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
 * One visibility rule for everyone, and the curators' powers, seen by several people in turn
 * (teams come from the token's teams claim, see {@link TeamTokenAugmentor}): the steps share the
 * annotations the first one writes.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnotationVisibilityTest {

    static long document;
    static String privateOne;
    static String teamOne;
    static String publicOne;
    static String secret = Fixtures.unique("secret");
    static long thread;
    static String openParent;
    static String openReply;
    static String replyWord = Fixtures.unique("replique");

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void anAnnotatorWritesOneOfEachVisibility() {
        var doc = Annotations.document("Le Mali et l’Union européenne ont négocié un accord de réadmission. "
                + Fixtures.unique("vis"));
        document = doc.id();
        privateOne = create(with(doc.passage("Mali", "commenting", List.of(comment("note privée " + secret))), "private"));
        teamOne = create(with(doc.passage("Union européenne", "commenting", List.of(comment("pour l’équipe"))), "team"));
        publicOne = create(with(doc.passage("accord de réadmission", "commenting", List.of(comment("pour tous"))), "public"));
        given().get(privateOne).then().statusCode(200);
        given().get("/api/v1/annotations/?document=" + document).then().body("total", equalTo(3));
        // the creator finds the words of their own private note
        given().queryParam("q", secret).get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(1), "items[0].source", equalTo("annotation"),
                        "items[0].annotation", equalTo(BASE + privateOne));
    }

    @Test
    @Order(1)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void aReplyIsNeverVisibleToMorePeopleThanItsParent() {
        var doc = Annotations.document("Le Mali et l’Union européenne ont négocié un accord de réadmission. "
                + Fixtures.unique("thread"));
        thread = doc.id();
        String teamParent = create(with(doc.passage("Union européenne", "commenting", List.of(comment("équipe"))), "team"));
        // wider than its parent: 422 naming visibility, nothing stored
        post(with(reply(teamParent, "à tous"), "public")).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("visibility"));
        given().get("/api/v1/annotations/?document=" + thread + "&motivation=replying").then().body("total", equalTo(0));
        // left out, a reply's visibility is its parent's when that is narrower than the default (team)
        String privateParent = create(with(doc.passage("Mali", "commenting", List.of(comment("moi"))), "private"));
        post(reply(privateParent, "note à moi")).then().statusCode(201).body("visibility", equalTo("private"));
        // an update cannot widen a reply beyond its parent either
        String teamReply = create(reply(teamParent, "en équipe"));
        Map<String, Object> read = given().get(teamReply).then().statusCode(200).body("visibility", equalTo("team"))
                .extract().jsonPath().getMap("$");
        Map<String, Object> widened = new java.util.HashMap<>(read);
        widened.put("visibility", "public");
        given().contentType(LD).header("If-Match", "\"0\"").body(utf8(widened)).put(teamReply).then().statusCode(422)
                .body("errors[0].field", equalTo("visibility"));
        given().get(teamReply).then().body("visibility", equalTo("team")).header("ETag", "\"0\"");
        // a public reply to a public annotation, whose parent is then narrowed to the team
        openParent = create(with(doc.passage("accord de réadmission", "commenting", List.of(comment("à tous"))), "public"));
        openReply = create(with(reply(openParent, "réponse " + replyWord), "public"));
        Map<String, Object> parent = given().get(openParent).then().extract().jsonPath().getMap("$");
        Map<String, Object> narrowed = new java.util.HashMap<>(parent);
        narrowed.put("visibility", "team");
        given().contentType(LD).header("If-Match", "\"0\"").body(utf8(narrowed)).put(openParent).then().statusCode(200);
        given().get(openReply).then().statusCode(200).body("visibility", equalTo("public"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "annotator2", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void anotherAnnotatorOfTheTeamSeesTeamAndPublicButNotPrivate() {
        given().get(privateOne).then().statusCode(404).contentType("application/problem+json");
        given().get(privateOne + "/history").then().statusCode(404);
        given().queryParam("q", secret).get("/api/v1/search").then().statusCode(200).body("total", equalTo(0));
        given().header("If-Match", "\"0\"").delete(privateOne).then().statusCode(404);
        Map<String, Object> valid = Map.of("motivation", "highlighting", "target", Map.of("source",
                BASE + "/api/v1/documents/" + document, "selector", Map.of("type", "TextQuoteSelector", "exact", "Mali")));
        given().contentType(LD).header("If-Match", "\"0\"").body(utf8(valid)).put(privateOne).then().statusCode(404);
        post(Map.of("motivation", "replying", "target", BASE + privateOne, "body", List.of(comment("?")))).then()
                .statusCode(404);
        given().get(teamOne).then().statusCode(200);
        given().get(publicOne).then().statusCode(200);
        given().get("/api/v1/annotations/?document=" + document + "&page=0").then().statusCode(200)
                .body("items.id", containsInAnyOrder(BASE + teamOne, BASE + publicOne), "partOf.total", equalTo(2));
        // seen, but not theirs
        var read = given().get(teamOne).then().extract().jsonPath().getMap("$");
        given().contentType(LD).header("If-Match", "\"0\"").body(utf8(read)).put(teamOne).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("If-Match", "\"0\"").delete(teamOne).then().statusCode(403);
        // a reply to what they see
        post(Map.of("motivation", "replying", "target", BASE + teamOne, "body", List.of(comment("d’accord"))))
                .then().statusCode(201).body("visibility", equalTo("team"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "reader", roles = { "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "europe-team"))
    void aReaderOfAnotherTeamSeesOnlyThePublicOneAndCannotWrite() {
        given().get(privateOne).then().statusCode(404);
        given().get(teamOne).then().statusCode(404);
        given().get(publicOne).then().statusCode(200);
        given().get("/api/v1/annotations/?document=" + document + "&page=0").then().statusCode(200)
                .body("items.id", contains(BASE + publicOne));
        given().contentType(LD).body(utf8(Map.of("motivation", "commenting"))).post("/api/v1/annotations/").then()
                .statusCode(403);
        given().contentType("application/json").header("If-Match", "\"0\"").body("{\"status\":\"rejected\"}")
                .put(publicOne + "/status").then().statusCode(403);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "reader", roles = { "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "europe-team"))
    void aPublicReplyToATeamAnnotationIsNotVisibleToAnotherTeam() {
        given().get(openParent).then().statusCode(404);
        given().get(openReply).then().statusCode(404).body(not(containsString(id(openParent))));
        given().get(openReply + "/history").then().statusCode(404);
        given().get("/api/v1/annotations/?document=" + thread + "&page=0").then().statusCode(200)
                .body("items", hasSize(0), "partOf.total", equalTo(0));
        given().get("/api/v1/annotations/export?document=" + thread).then().statusCode(200)
                .body(not(containsString(id(openReply))));
        given().accept("text/csv").get("/api/v1/annotations/export?document=" + thread).then().statusCode(200)
                .body(not(containsString(id(openReply))));
        given().queryParam("q", replyWord).get("/api/v1/search").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void aCuratorSetsStatusesAndModerates() {
        given().contentType("application/json").body("{\"status\":\"rejected\",\"reason\":\"hors sujet\"}")
                .put(teamOne + "/status").then().statusCode(428);
        given().contentType("application/json").header("If-Match", "\"0\"").body("{\"status\":\"maybe\"}")
                .put(teamOne + "/status").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"status\":\"rejected\",\"reason\":\"hors sujet\"}").put(teamOne + "/status").then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("rejected"));
        // all or nothing: the private annotation is not visible to the curator
        String ids = "{\"ids\":[\"%s\",\"%s\"],\"status\":\"accepted\"}";
        given().contentType("application/json").body(ids.formatted(id(teamOne), id(privateOne)))
                .post("/api/v1/annotations/status").then().statusCode(404).body("errors[0].field", equalTo("ids[1]"));
        given().get(teamOne).then().body("status", equalTo("rejected"));
        given().contentType("application/json").body(ids.formatted(id(teamOne), id(publicOne)))
                .post("/api/v1/annotations/status").then().statusCode(200).body("updated", equalTo(1));
        given().get(teamOne).then().body("status", equalTo("accepted")).header("ETag", "\"2\"");
        given().get("/api/v1/annotations/?document=" + document + "&status=accepted").then().body("total", equalTo(3));
        given().contentType("application/json").body("{\"ids\":[\"nope\"],\"status\":\"accepted\"}")
                .post("/api/v1/annotations/status").then().statusCode(400).body("errors[0].field", equalTo("ids[0]"));
        // moderation: a curator deletes what is not theirs, with a reason kept in the history
        given().header("If-Match", "\"0\"").queryParam("reason", "propos injurieux").delete(publicOne).then().statusCode(204);
        given().get(publicOne).then().statusCode(404);
        given().get(teamOne + "/history").then().statusCode(200)
                .body("action", contains("created", "status", "status"), "actor", contains("annotator", "curator", "curator"),
                        "[1].reason", equalTo("hors sujet"), "[1].before.status", equalTo("accepted"),
                        "[1].after.status", equalTo("rejected"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void theCreatorSeesTheModerationToo() {
        given().get(publicOne).then().statusCode(404);
        given().get("/api/v1/annotations/?document=" + document + "&motivation=commenting").then()
                .body("total", equalTo(2));
    }

    static Map<String, Object> reply(String parent, String text) {
        return Map.of("motivation", "replying", "target", BASE + parent, "body", List.of(comment(text)));
    }

    static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
