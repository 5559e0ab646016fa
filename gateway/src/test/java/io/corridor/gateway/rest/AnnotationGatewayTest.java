package io.corridor.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.corridor.gateway.client.DocumentEventStream;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The annotation API at the gateway, alone: roles are checked at the door before any service is asked;
 * with no document-service behind (the %test profile points at a closed port) calls that pass the door
 * answer 503, the event stream included. The end-to-end suite covers the calls that reach the service.
 */
@QuarkusTest
class AnnotationGatewayTest {

    static final String UUID = "/api/v1/annotations/0b8f8f8e-6f0e-4d53-9a57-5d1c43a7a2f1";
    static final String LD = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/annotations", "/api/v1/annotations/", UUID, UUID + "/history",
            "/api/v1/annotations/export?document=1", "/api/v1/documents/1/events", "/api/v1/documents/1/orphans",
            "/api/v1/documents/1/agreement", "/api/v1/annotations/tags?prefix=vi" })
    void anonymousGets401(String path) {
        given().when().get(path).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anonymousCannotWrite() {
        given().contentType(LD).body("{}").when().post("/api/v1/annotations").then().statusCode(401);
        given().contentType("application/json").body("{}").when().post("/api/v1/annotations/import?document=1").then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readersCannotWrite() {
        given().contentType(LD).body("{}").when().post("/api/v1/annotations").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType("application/json").body("{}").when().post("/api/v1/annotations/").then().statusCode(403);
        given().contentType(LD).header("If-Match", "\"1\"").body("{}").when().put(UUID).then().statusCode(403);
        given().header("If-Match", "\"1\"").when().delete(UUID).then().statusCode(403);
        given().contentType("application/json").body("{}").when().post("/api/v1/annotations/import?document=1").then()
                .statusCode(403);
        given().when().post("/api/v1/documents/1/suggestions").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void onlyCuratorsSetStatus() {
        given().contentType("application/json").header("If-Match", "\"1\"").body("{\"status\":\"accepted\"}").when()
                .put(UUID + "/status").then().statusCode(403);
        given().contentType("application/json").body("{\"ids\":[],\"status\":\"accepted\"}").when()
                .post("/api/v1/annotations/status").then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/annotations", UUID, UUID + "/history", "/api/v1/documents/1/orphans",
            "/api/v1/documents/1/agreement", "/api/v1/documents/1/events", "/api/v1/annotations/tags?prefix=vi" })
    @TestSecurity(user = "reader", roles = "reader")
    void unreachableServiceGives503(String path) {
        given().when().get(path).then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void writesPassTheDoorThenFindNoService() {
        given().contentType(LD).body("{\"type\":\"Annotation\"}").when().post("/api/v1/annotations").then().statusCode(503);
        given().contentType("application/json").body("{}").when().post("/api/v1/annotations/import?document=1").then()
                .statusCode(503);
    }

    @Test
    void openApiDescribesTheAnnotationProtocol() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/annotations"))
                .body("paths.'/api/v1/annotations'", hasKey("post"))
                .body("paths.'/api/v1/annotations'.post.requestBody.content", hasKey(LD))
                .body("paths.'/api/v1/annotations'.post.responses.'201'.headers", hasKey("Location"))
                .body("paths.'/api/v1/annotations/{uuid}'", hasKey("put"))
                .body("paths.'/api/v1/annotations/{uuid}'.put.responses", hasKey("428"))
                .body("paths.'/api/v1/annotations/{uuid}'.get.responses.'200'.headers", hasKey("Link"))
                .body("paths", hasKey("/api/v1/annotations/{uuid}/history"))
                .body("paths", hasKey("/api/v1/annotations/{uuid}/status"))
                .body("paths", hasKey("/api/v1/annotations/status"))
                .body("paths.'/api/v1/annotations/export'.get.responses.'200'.content", hasKey("text/csv"))
                .body("paths", hasKey("/api/v1/annotations/import"))
                .body("paths.'/api/v1/annotations/tags'.get.parameters.name", hasItem("prefix"))
                .body("components.schemas", hasKey("AnnotationTagCount"))
                .body("paths.'/api/v1/documents/{id}/events'.get.responses.'200'.content", hasKey("text/event-stream"))
                .body("paths.'/api/v1/documents/{id}/events'.get.parameters.name", hasItem("Last-Event-ID"))
                .body("paths", hasKey("/api/v1/documents/{id}/orphans"))
                .body("paths", hasKey("/api/v1/documents/{id}/suggestions"))
                .body("paths", hasKey("/api/v1/documents/{id}/agreement"))
                .body("components.schemas", hasKey("Annotation"))
                .body("components.schemas", hasKey("AnnotationCollection"))
                .body("components.schemas", hasKey("AnnotationPage"))
                .body("components.schemas", hasKey("AnnotationRevision"))
                .body("components.schemas", hasKey("AnnotationImportReport"))
                .body("components.schemas", hasKey("AnnotationAgreement"))
                .body("components.schemas.DocumentVersion.properties", hasKey("reanchoring"));
    }

    @Test
    void csvOnlyWhenAskedAheadOfJson() {
        assertEquals(true, AnnotationResource.wantsCsv("text/csv"));
        assertEquals(false, AnnotationResource.wantsCsv("application/ld+json, text/csv;q=0.5"));
        assertEquals(false, AnnotationResource.wantsCsv(null));
        assertEquals(true, AnnotationResource.wantsCsv("text/csv, application/json;q=0.1"));
        assertEquals(false, AnnotationResource.wantsCsv("*/*"));
    }

    @Test
    void eventStreamFormatIsReadAcrossNetworkBuffers() {
        DocumentEventStream.Parser parser = new DocumentEventStream.Parser();
        byte[] stream = ("id: 7\nevent: created\ndata: {\"value\":\"é\"}\n\n: keep-alive\n\n"
                + "event: presence\ndata: {\"viewers\":[]}\r\n\r\nid: 8\nevent: deleted\ndata: a\ndata: b\n\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<DocumentEventStream.Event> events = new java.util.ArrayList<>();
        // fed one byte at a time: "é" is split between two buffers
        for (byte b : stream) {
            events.addAll(parser.feed(new byte[] { b }));
        }
        assertEquals(List.of(new DocumentEventStream.Event("7", "created", "{\"value\":\"é\"}", null, null),
                new DocumentEventStream.Event(null, null, null, null, "keep-alive"),
                new DocumentEventStream.Event(null, "presence", "{\"viewers\":[]}", null, null),
                new DocumentEventStream.Event("8", "deleted", "a\nb", null, null)), events);
    }
}
