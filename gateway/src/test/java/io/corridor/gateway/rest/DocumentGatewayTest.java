package io.corridor.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The documents and search API at the gateway, alone: roles and shapes are checked at the door;
 * with no document-service behind (the %test profile points at a closed port) reads answer 503.
 * The end-to-end suite covers the calls that reach the service.
 */
@QuarkusTest
class DocumentGatewayTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/search?q=mali", "/api/v1/documents/1", "/api/v1/documents/1/text",
            "/api/v1/documents/1/original", "/api/v1/documents/1/versions/1/text" })
    void anonymousGets401(String path) {
        given().when().get(path).then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/search?q=mali", "/api/v1/documents/1", "/api/v1/documents/1/pages",
            "/api/v1/documents/1/versions" })
    @TestSecurity(user = "reader", roles = "reader")
    void unreachableServiceGives503(String path) {
        given().when().get(path).then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readersCannotUploadPatchOrDelete() {
        given().multiPart("file", "a.txt", "texte".getBytes(StandardCharsets.UTF_8), "text/plain").when()
                .post("/api/v1/documents").then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{}".getBytes(StandardCharsets.UTF_8))
                .when().patch("/api/v1/documents/1").then().statusCode(403);
        given().when().delete("/api/v1/documents/1").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void onlyAdminsPurge() {
        given().when().delete("/api/v1/documents/1?purge=true").then().statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo("only admins may purge documents"));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void uploadWithoutFileNamesTheField() {
        given().multiPart("title", "Sans fichier").when().post("/api/v1/documents").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("file"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void searchChecksItsParametersAtTheDoor() {
        given().queryParam("q", "x".repeat(501)).when().get("/api/v1/search").then().statusCode(400)
                .body("errors.field", hasItem("q"));
        given().queryParam("q", "mali").queryParam("size", 0).when().get("/api/v1/search").then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void openApiDescribesDocumentsAndSearch() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/search"))
                .body("paths", hasKey("/api/v1/documents/{id}/text"))
                .body("paths", hasKey("/api/v1/documents/{id}/versions/{n}/original"))
                .body("paths.'/api/v1/documents'", hasKey("post"))
                .body("paths.'/api/v1/documents/{id}'", hasKey("patch"))
                .body("components.schemas", hasKey("SearchHit"))
                .body("components.schemas.SearchPage.properties", hasKey("totalRelation"))
                .body("components.schemas", hasKey("Document"))
                .body("components.schemas", hasKey("DocumentVersion"));
    }
}
