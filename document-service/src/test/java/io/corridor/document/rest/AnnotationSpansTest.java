package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.BASE;
import static io.corridor.document.rest.Annotations.comment;
import static io.corridor.document.rest.Annotations.create;
import static io.corridor.document.rest.Annotations.tag;
import static io.corridor.document.rest.Annotations.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The container's compact form (form=compact, what the reader's highlight layer paints): the same
 * annotations as the W3C form, in the same order and pages, with their spans, tags as written, actors
 * and parents, and only those the caller may see.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnotationSpansTest {

    static long document;
    static String tagged;
    static String linked;
    static String reply;
    static String secret;
    static final String TAG = "Visas-" + Fixtures.unique("x");

    @Test
    @Order(1)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void eachAnnotationIsItsSpanAndWhatPaintsIt() {
        var doc = Annotations.document("Le Mali et l’Union européenne ont négocié un accord de réadmission. "
                + Fixtures.unique("spans"));
        document = doc.id();
        tagged = create(with(doc.passage("Union européenne", "tagging", List.of(tag(TAG), comment("une note"))), "team"));
        linked = create(doc.passage("Mali", "identifying", List.of(Map.of("type", "SpecificResource",
                "source", BASE + "/api/v1/actors/12", "purpose", "identifying"))));
        reply = create(Map.of("motivation", "replying", "target", BASE + tagged, "body", List.of(comment("d’accord"))));
        secret = create(with(doc.passage("accord de réadmission", "commenting", List.of(comment("pour moi"))), "private"));

        given().queryParam("document", document).queryParam("form", "compact").get("/api/v1/annotations/").then()
                .statusCode(200).contentType("application/json")
                .body("total", equalTo(4), "startIndex", equalTo(0), "next", nullValue(), "items", hasSize(4),
                        "items.id", equalTo(List.of(uuid(tagged), uuid(linked), uuid(reply), uuid(secret))),
                        "items[0].start", equalTo(doc.at("Union européenne")), "items[0].end", equalTo(doc.end("Union européenne")),
                        "items[0].motivation", equalTo("tagging"), "items[0].creator", equalTo("annotator"),
                        "items[0].status", equalTo("accepted"), "items[0].visibility", equalTo("team"),
                        "items[0].anchorState", equalTo("anchored"),
                        // as written, not the filter's lower case; the comment is not there
                        "items[0].tags", equalTo(List.of(TAG)), "items[0].actors", hasSize(0),
                        "items[1].actors", equalTo(List.of(12)), "items[1].tags", hasSize(0),
                        "items[2].replyTo", equalTo(uuid(tagged)), "items[2].start", nullValue(),
                        "items[2].anchorState", nullValue(), "items[3].visibility", equalTo("private"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "annotator2", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void itIsPagedAndFilteredAsTheContainerAndShowsOnlyWhatTheCallerMaySee() {
        // a teammate: not the private one
        var first = given().queryParam("document", document).queryParam("form", "compact").queryParam("size", 2)
                .get("/api/v1/annotations/").then().statusCode(200)
                .body("total", equalTo(3), "items.id", equalTo(List.of(uuid(tagged), uuid(linked))),
                        "next", containsString("form=compact"), "next", containsString("size=2"),
                        "next", containsString("page=1"))
                .extract().jsonPath();
        String next = first.getString("next");
        given().get(next.substring(next.indexOf("/api/"))).then().statusCode(200)
                .body("startIndex", equalTo(2), "items.id", equalTo(List.of(uuid(reply))), "next", nullValue(),
                        "prev", containsString("page=0"));
        // past the end: no row carries the total, which is counted
        given().queryParam("document", document).queryParam("form", "compact").queryParam("size", 2).queryParam("page", 5)
                .get("/api/v1/annotations/").then().statusCode(200).body("total", equalTo(3), "items", hasSize(0));
        // the same items as the W3C form, in the same order
        List<String> full = given().queryParam("document", document).queryParam("size", 1000).get("/api/v1/annotations/")
                .then().statusCode(200).extract().jsonPath().getList("first.items.id");
        List<String> compact = given().queryParam("document", document).queryParam("size", 1000).queryParam("form", "compact")
                .get("/api/v1/annotations/").then().extract().jsonPath().getList("items.id");
        assertEquals(full.stream().map(AnnotationSpansTest::uuid).toList(), compact);
        // filters apply; the tag filter is case-insensitive as for the W3C form
        given().queryParam("document", document).queryParam("form", "compact").queryParam("tag", TAG.toLowerCase())
                .get("/api/v1/annotations/").then().statusCode(200).body("total", equalTo(1), "items[0].id", equalTo(uuid(tagged)));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void itIsMuchSmallerThanTheFullFormAndAnUnknownFormIsNamed() {
        int fullBytes = given().queryParam("document", document).get("/api/v1/annotations/").then().extract().asByteArray().length;
        int compactBytes = given().queryParam("document", document).queryParam("form", "compact").get("/api/v1/annotations/")
                .then().extract().asByteArray().length;
        assertTrue(compactBytes * 3 < fullBytes, compactBytes + " bytes compact, " + fullBytes + " full");
        given().queryParam("document", document).queryParam("form", "tiny").get("/api/v1/annotations/").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("form"));
        // pages of up to 5000 in the compact form (a document's every annotation at once), 1000 in the W3C form
        given().queryParam("document", document).queryParam("form", "compact").queryParam("size", 5000)
                .get("/api/v1/annotations/").then().statusCode(200).body("items", hasSize(4));
        given().queryParam("document", document).queryParam("form", "compact").queryParam("size", 5001)
                .get("/api/v1/annotations/").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("document", document).queryParam("size", 1001).get("/api/v1/annotations/").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void aRelationCarriesEveryPassageOnEitherSide() {
        var doc = Annotations.document("La clause de réadmission renvoie à la clause type. " + Fixtures.unique("rel"));
        var other = Annotations.document("Le protocole reprend la clause type de la Commission. " + Fixtures.unique("rel2"));
        Map<String, Object> a = doc.passage("clause de réadmission", "linking", List.of());
        Map<String, Object> relation = new java.util.HashMap<>(a);
        relation.put("target", List.of(a.get("target"), doc.passage("clause type", "linking", List.of()).get("target"),
                other.passage("clause type", "linking", List.of()).get("target")));
        String path = create(relation);
        List<Map<String, Object>> ends = List.of(
                Map.of("document", (int) doc.id(), "start", doc.at("clause de réadmission"), "end", doc.end("clause de réadmission")),
                Map.of("document", (int) doc.id(), "start", doc.at("clause type"), "end", doc.end("clause type")),
                Map.of("document", (int) other.id(), "start", other.at("clause type"), "end", other.end("clause type")));
        // listed on its first document at its own passage, on the other at the passage there; both with every passage
        given().queryParam("document", doc.id()).queryParam("form", "compact").get("/api/v1/annotations/").then()
                .statusCode(200).body("items.id", equalTo(List.of(uuid(path))), "items[0].start", equalTo(doc.at("clause de réadmission")),
                        "items[0].targets", equalTo(ends));
        given().queryParam("document", other.id()).queryParam("form", "compact").get("/api/v1/annotations/").then()
                .statusCode(200).body("items[0].start", equalTo(other.at("clause type")), "items[0].targets", equalTo(ends));
        // any other annotation has none
        given().queryParam("document", document).queryParam("form", "compact").get("/api/v1/annotations/").then()
                .body("items.findAll { it.targets != null }", hasSize(0));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "spans-curator", roles = { "curator", "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void aHiddenAnnotationKeepsItsSpanButNotWhatItsBodiesSay() {
        given().contentType("application/json").body(Map.of("hidden", true, "reason", "propos injurieux"))
                .put(tagged + "/moderation").then().statusCode(200);
        given().contentType("application/json").body(Map.of("hidden", true, "reason", "propos injurieux"))
                .put(linked + "/moderation").then().statusCode(200);
        // a curator still sees what they say
        given().queryParam("document", document).queryParam("form", "compact").get("/api/v1/annotations/").then()
                .statusCode(200).body("items[0].hidden", equalTo(true), "items[0].tags", equalTo(List.of(TAG)),
                        "items[1].actors", equalTo(List.of(12)), "items[2].hidden", nullValue());
    }

    @Test
    @Order(6)
    @TestSecurity(user = "annotator2", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void aTeammateGetsTheHiddenOnesSpansWithoutTagsOrActors() {
        given().queryParam("document", document).queryParam("form", "compact").get("/api/v1/annotations/").then()
                .statusCode(200).body("items.id", equalTo(List.of(uuid(tagged), uuid(linked), uuid(reply))),
                        "items[0].hidden", equalTo(true), "items[0].start", notNullValue(), "items[0].tags", hasSize(0),
                        "items[1].hidden", equalTo(true), "items[1].actors", hasSize(0), "items[1].motivation", equalTo("identifying"));
    }

    static String uuid(String pathOrIri) {
        return pathOrIri.substring(pathOrIri.lastIndexOf('/') + 1);
    }
}
