package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.create;
import static io.corridor.document.rest.Annotations.tag;
import static io.corridor.document.rest.Annotations.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
 * GET /api/v1/annotations/tags counts only what the caller may see: the steps are people of one
 * team, then an outsider, reading the tags the first one wrote with each visibility.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnotationTagsTest {

    static final String WORD = Fixtures.unique("visas");
    static final String SECRET = Fixtures.unique("secret");
    static final String TEAM_ONLY = Fixtures.unique("equipe");

    @Test
    @Order(1)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void theAuthorSeesEveryTagOfTheirsWithItsCount() {
        var doc = Annotations.document("Le Mali et l’Union européenne ont négocié un accord de réadmission. "
                + Fixtures.unique("tags"));
        create(with(doc.passage("Mali", "tagging", List.of(tag(WORD.toUpperCase()))), "public"));
        create(with(doc.passage("Union européenne", "tagging", List.of(tag(WORD), tag(TEAM_ONLY))), "team"));
        create(with(doc.passage("accord de réadmission", "tagging", List.of(tag(WORD + "-x"), tag(SECRET))), "private"));

        given().queryParam("prefix", WORD.substring(0, 8).toUpperCase()).get("/api/v1/annotations/tags").then()
                .statusCode(200).contentType("application/json")
                .body("findAll { it.tag.startsWith('" + WORD + "') }.tag", equalTo(List.of(WORD, WORD + "-x")),
                        "find { it.tag == '" + WORD + "' }.count", equalTo(2),
                        "find { it.tag == '" + WORD + "-x' }.count", equalTo(1));
        given().queryParam("prefix", SECRET).get("/api/v1/annotations/tags").then().statusCode(200)
                .body("tag", equalTo(List.of(SECRET)));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "annotator2", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void aTeammateSeesPublicAndTeamTagsButNeverAPrivateOne() {
        given().queryParam("prefix", WORD).get("/api/v1/annotations/tags").then().statusCode(200)
                .body("tag", equalTo(List.of(WORD)), "count", equalTo(List.of(2)));
        given().queryParam("prefix", TEAM_ONLY).get("/api/v1/annotations/tags").then().statusCode(200)
                .body("tag", equalTo(List.of(TEAM_ONLY)));
        given().queryParam("prefix", SECRET).get("/api/v1/annotations/tags").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "outsider", roles = { "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "other-team"))
    void anOutsiderSeesOnlyPublicTags() {
        given().queryParam("prefix", WORD).get("/api/v1/annotations/tags").then().statusCode(200)
                .body("tag", equalTo(List.of(WORD)), "count", equalTo(List.of(1)));
        given().queryParam("prefix", TEAM_ONLY).get("/api/v1/annotations/tags").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void thePrefixIsLiteralAndTheSizeBounded() {
        // % and _ are LIKE wildcards: as a prefix they match only tags that begin with them
        given().queryParam("prefix", "%" + WORD.substring(1)).get("/api/v1/annotations/tags").then().statusCode(200)
                .body("$", hasSize(0));
        given().queryParam("prefix", "_" + WORD.substring(1)).get("/api/v1/annotations/tags").then().statusCode(200)
                .body("$", hasSize(0));
        given().queryParam("prefix", WORD).queryParam("size", 1).get("/api/v1/annotations/tags").then().statusCode(200)
                .body("$", hasSize(1));
        given().queryParam("size", 0).get("/api/v1/annotations/tags").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("size", "many").get("/api/v1/annotations/tags").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    @Order(5)
    void anonymousCallersAreRefused() {
        given().get("/api/v1/annotations/tags").then().statusCode(401);
    }
}
