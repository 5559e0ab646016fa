package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.BASE;
import static io.corridor.document.rest.Annotations.LD;
import static io.corridor.document.rest.Annotations.comment;
import static io.corridor.document.rest.Annotations.create;
import static io.corridor.document.rest.Annotations.post;
import static io.corridor.document.rest.Annotations.tag;
import static io.corridor.document.rest.Annotations.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corridor.document.Fixtures;
import io.corridor.document.rest.Annotations.Doc;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The MUSTs of the W3C Web Annotation Protocol (and the web-platform-tests' annotation-protocol/server
 * checks) for the container and an annotation, the model's canonical and via, the default motivation,
 * If-Match: *, and strict request and response media types.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestSecurity(user = "annotator", roles = { "annotator", "reader" })
class AnnotationProtocolTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    static final String TEXT = "Le Mali et l’Union européenne ont négocié un accord de réadmission en 2016.";

    @Test
    void theContainerAnswersWithETagContentLocationAndItsProtocolHeadersWithAndWithoutPaging() {
        Doc doc = Annotations.document(TEXT + " " + Fixtures.unique("container"));
        create(doc.passage("Mali", "commenting", List.of(comment("un"))));
        String q = "/api/v1/annotations/?document=" + doc.id();
        for (String prefer : new String[] { null,
                "return=representation;include=\"http://www.w3.org/ns/ldp#PreferMinimalContainer\"",
                "return=representation;include=\"http://www.w3.org/ns/oa#PreferContainedIRIs\"",
                "return=representation;include=\"http://www.w3.org/ns/oa#PreferContainedDescriptions\"" }) {
            var request = given().accept(LD);
            if (prefer != null) {
                request = request.header("Prefer", prefer);
            }
            request.get(q).then().statusCode(200)
                    .contentType(containsString("profile=\"http://www.w3.org/ns/anno.jsonld\""))
                    .header("ETag", startsWith("\""))
                    .header("Content-Location", equalTo(BASE + q))
                    .header("Link", containsString("<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\""))
                    .header("Link", containsString("rel=\"http://www.w3.org/ns/ldp#constrainedBy\""))
                    .header("Allow", "GET,POST,HEAD,OPTIONS")
                    .header("Accept-Post", LD)
                    .header("Vary", containsString("Accept"))
                    .header("Vary", containsString("Prefer"));
        }
        given().accept(LD).get(q + "&page=0").then().statusCode(200)
                .header("ETag", startsWith("\""))
                .header("Content-Location", equalTo(BASE + q + "&page=0"))
                .header("Link", containsString("ldp#BasicContainer"))
                .header("Allow", "GET,POST,HEAD,OPTIONS").header("Accept-Post", LD);
        given().head(q).then().statusCode(200).header("ETag", startsWith("\"")).header("Content-Location", equalTo(BASE + q));
        // Content-Location is the id (W3C protocol tests: "Container's Content-Location and id MUST match")
        var collection = given().get(q).then().extract();
        assertEquals(collection.path("id"), collection.header("Content-Location"));
        // OPTIONS answers 200, as the protocol's tests want
        given().options(q).then().statusCode(200).header("Allow", "GET,POST,HEAD,OPTIONS").header("Accept-Post", LD);
        // the ETag is the representation's: a new annotation changes it, and a re-read gives the same one
        String before = given().get(q).then().extract().header("ETag");
        assertEquals(before, given().get(q).then().extract().header("ETag"));
        create(doc.passage("accord", "highlighting", List.of()));
        assertNotEquals(before, given().get(q).then().extract().header("ETag"));
    }

    @Test
    void anAnnotationAnswersWithTheProtocolHeadersOnEveryMethod() {
        Doc doc = Annotations.document(TEXT + " " + Fixtures.unique("headers"));
        var created = post(doc.passage("Mali", "commenting", List.of(comment("un")))).then().statusCode(201)
                .contentType(containsString("profile=\"http://www.w3.org/ns/anno.jsonld\""))
                .header("Location", startsWith("/api/v1/annotations/")).header("ETag", "\"0\"")
                .header("Link", containsString("<http://www.w3.org/ns/ldp#Resource>; rel=\"type\""))
                .header("Link", containsString("<http://www.w3.org/ns/oa#Annotation>; rel=\"type\""))
                .header("Allow", "GET,PUT,DELETE,HEAD,OPTIONS").header("Vary", "Accept").extract();
        String location = created.header("Location");
        given().accept(LD).get(location).then().statusCode(200)
                .contentType(containsString("profile=\"http://www.w3.org/ns/anno.jsonld\""))
                .header("ETag", "\"0\"").header("Link", containsString("ldp#Resource"))
                .header("Link", containsString("oa#Annotation")).header("Allow", "GET,PUT,DELETE,HEAD,OPTIONS")
                .header("Vary", "Accept");
        given().head(location).then().statusCode(200).header("ETag", "\"0\"").header("Link", containsString("ldp#Resource"));
        given().options(location).then().statusCode(200).header("Allow", "GET,PUT,DELETE,HEAD,OPTIONS")
                .header("Link", containsString("ldp#Resource"));
        given().contentType(LD).header("If-Match", "\"0\"").body(utf8(doc.passage("Mali", "commenting", List.of(comment("deux")))))
                .put(location).then().statusCode(200).header("ETag", "\"1\"")
                .contentType(containsString("profile=\"http://www.w3.org/ns/anno.jsonld\""))
                .header("Link", containsString("ldp#Resource")).header("Allow", "GET,PUT,DELETE,HEAD,OPTIONS");
        given().header("If-Match", "\"1\"").delete(location).then().statusCode(204);
    }

    @Test
    void canonicalAndViaAreKeptAsSentAndMustBeIris() {
        Doc doc = Annotations.document(TEXT + " " + Fixtures.unique("via"));
        Map<String, Object> a = new HashMap<>(doc.passage("Mali", "commenting", List.of(comment("copie"))));
        a.put("canonical", "urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df");
        a.put("via", "http://example.org/anno1");
        String location = post(a).then().statusCode(201)
                .body("canonical", equalTo("urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df"),
                        "via", equalTo("http://example.org/anno1"))
                .extract().header("Location");
        given().get(location).then().statusCode(200)
                .body("canonical", equalTo("urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df"),
                        "via", equalTo("http://example.org/anno1"));
        // several vias, a list; a PUT replaces them like the other members
        a.put("via", List.of("http://example.org/anno1", "https://example.net/a/2"));
        given().contentType(LD).header("If-Match", "\"0\"").body(utf8(a)).put(location).then().statusCode(200)
                .body("via", contains("http://example.org/anno1", "https://example.net/a/2"),
                        "canonical", equalTo("urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df"));
        given().get(location).then().body("via", contains("http://example.org/anno1", "https://example.net/a/2"));
        // not IRIs: 400 naming the member, nothing stored
        Map<String, Object> bad = new HashMap<>(doc.passage("Mali", "commenting", List.of(comment("x"))));
        bad.put("canonical", "not an iri");
        post(bad).then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("canonical"));
        bad.put("canonical", List.of("urn:a:b", "urn:c:d"));
        post(bad).then().statusCode(400).body("errors.field", contains("canonical"));
        bad.remove("canonical");
        bad.put("via", List.of("http://example.org/ok", "relative/path"));
        post(bad).then().statusCode(400).body("errors.field", contains("via[1]"));
        bad.put("via", 42);
        post(bad).then().statusCode(400).body("errors.field", contains("via"));
        bad.put("via", List.of());
        post(bad).then().statusCode(400).body("errors.field", contains("via"));
        given().get("/api/v1/annotations/?document=" + doc.id()).then().body("total", equalTo(1));
    }

    @Test
    void withoutMotivationTheServerDerivesOneFromTheBodies() {
        Doc doc = Annotations.document(TEXT + " " + Fixtures.unique("motivation"));
        Map<String, Object> target = Map.of("source", doc.iri(), "selector", Map.of("type", "TextQuoteSelector", "exact", "Mali"));
        post(Map.of("target", target, "body", List.of(tag("sahel")))).then().statusCode(201)
                .body("motivation", equalTo("tagging"));
        post(Map.of("target", target, "body", Map.of("type", "TextualBody", "value", "une note"))).then().statusCode(201)
                .body("motivation", equalTo("commenting"));
        post(Map.of("target", target, "bodyValue", "une note")).then().statusCode(201).body("motivation", equalTo("commenting"));
        post(Map.of("target", target)).then().statusCode(201).body("motivation", equalTo("highlighting"), "body", nullValue());
        post(Map.of("target", target, "body", List.of(Map.of("type", "SpecificResource",
                "source", BASE + "/api/v1/actors/12", "purpose", "identifying")))).then().statusCode(201)
                .body("motivation", equalTo("identifying"));
        post(Map.of("target", target, "body", List.of(Map.of("type", "SpecificResource",
                "source", "https://example.org/claims/9")))).then().statusCode(201)
                .body("motivation", equalTo("linking"));
        // a comment and tags: commenting, the tags stay tags
        post(Map.of("target", target, "body", List.of(tag("sahel"), comment("voir")))).then().statusCode(201)
                .body("motivation", equalTo("commenting"));
        // a reply without motivation is a reply
        String parent = create(doc.passage("Mali", "questioning", List.of(comment("?"))));
        post(Map.of("target", BASE + parent, "body", List.of(comment("oui")))).then().statusCode(201)
                .body("motivation", equalTo("replying"));
    }

    @Test
    void ifMatchStarIsNoETagAndIsRefusedWith428() {
        Doc doc = Annotations.document(TEXT + " " + Fixtures.unique("star"));
        String location = create(doc.passage("Mali", "commenting", List.of(comment("un"))));
        given().contentType(LD).header("If-Match", "*").body(utf8(doc.passage("Mali", "commenting", List.of(comment("deux")))))
                .put(location).then().statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"), "detail", containsString("ETag"));
        given().header("If-Match", "*").delete(location).then().statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        given().header("If-Match", "\"0\", *").delete(location).then().statusCode(428);
        given().get(location).then().statusCode(200).header("ETag", "\"0\"").body("body[0].value", equalTo("un"));
    }

    @Test
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void ifMatchStarIsRefusedOnEveryETagProtectedWrite() {
        Doc doc = Annotations.document(TEXT + " " + Fixtures.unique("star-doc"));
        String location = create(doc.passage("Mali", "commenting", List.of(comment("un"))));
        given().contentType("application/json").header("If-Match", "*").body("{\"status\":\"rejected\"}")
                .put(location + "/status").then().statusCode(428).body("errors[0].field", equalTo("If-Match"));
        given().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"title\":\"Autre\"}")
                .patch("/api/v1/documents/" + doc.id()).then().statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        given().get("/api/v1/documents/" + doc.id()).then().body("title", equalTo("Annotated note"));
        given().get(location).then().body("status", equalTo("accepted"));
    }

    @Test
    void requestMediaTypesAreStrict() {
        Doc doc = Annotations.document(TEXT + " " + Fixtures.unique("types"));
        byte[] json = utf8(doc.passage("Mali", "commenting", List.of(comment("un"))));
        // no Content-Type at all (a raw client: REST Assured would add one): 415
        var raw = java.net.http.HttpClient.newHttpClient();
        try {
            var answer = raw.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/api/v1/annotations/"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(json)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(415, answer.statusCode(), answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            var put = raw.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/api/v1/documents/" + doc.id()))
                    .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}"))
                    .header("If-Match", "\"0\"").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(415, put.statusCode(), put.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // a charset other than UTF-8: 415 naming the accepted one
        given().contentType("application/ld+json; charset=utf-16")
                .body(new String(json, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16))
                .post("/api/v1/annotations/").then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"), "detail", containsString("UTF-8"));
        given().contentType("application/json; charset=ISO-8859-1").body(json).post("/api/v1/annotations/").then()
                .statusCode(415).body("errors[0].field", equalTo("Content-Type"));
        // UTF-8 said out loud is fine, in any case
        given().contentType("application/ld+json; charset=UTF-8").body(json).post("/api/v1/annotations/").then().statusCode(201);
        String location = create(doc.passage("Mali", "commenting", List.of(comment("deux"))));
        given().contentType("application/json; charset=utf-16").header("If-Match", "\"0\"").body(json).put(location).then()
                .statusCode(415).body("errors[0].field", equalTo("Content-Type"));
        given().contentType("application/merge-patch+json; charset=utf-16").header("If-Match", "\"0\"")
                .body("{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_16)).patch("/api/v1/documents/" + doc.id()).then()
                .statusCode(415).body("errors[0].field", equalTo("Content-Type"));
        given().get(location).then().header("ETag", "\"0\"");
    }

    @Test
    void acceptIsHonoured() {
        Doc doc = Annotations.document(TEXT + " " + Fixtures.unique("accept"));
        String location = create(doc.passage("Mali", "commenting", List.of(comment("un"))));
        String ld = given().accept(LD).get(location).then().statusCode(200).extract().asString();
        String plain = given().accept("application/json").get(location).then().statusCode(200)
                .contentType(equalTo("application/json")).extract().asString();
        assertEquals(ld, plain);
        given().accept("application/json").get("/api/v1/annotations/?document=" + doc.id()).then().statusCode(200)
                .contentType(equalTo("application/json"));
        given().accept("application/json, application/ld+json;q=0.5").get(location).then().statusCode(200)
                .contentType(equalTo("application/json"));
        given().accept("application/ld+json").get(location).then().statusCode(200)
                .contentType(containsString("profile=\"http://www.w3.org/ns/anno.jsonld\""));
        given().accept("*/*").get(location).then().statusCode(200).contentType(startsWith("application/ld+json"));
        // nothing offered matches: 406 naming what is offered
        given().accept("text/html").get(location).then().statusCode(406).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Accept"));
        given().accept("text/html").get("/api/v1/annotations/?document=" + doc.id()).then().statusCode(406)
                .contentType("application/problem+json");
        given().accept("image/png").contentType(LD).body(utf8(doc.passage("Mali", "commenting", List.of(comment("x")))))
                .post("/api/v1/annotations/").then().statusCode(406).contentType("application/problem+json");
        given().get("/api/v1/annotations/?document=" + doc.id()).then().body("total", equalTo(1));
        given().accept("text/html").get(location + "/history").then().statusCode(406);
        given().get(location).then().body("motivation", not(nullValue())).body("id", notNullValue())
                .body("body.value", hasItem("un"));
    }
}
