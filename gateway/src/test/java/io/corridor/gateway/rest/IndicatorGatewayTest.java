package io.corridor.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The indicator and claim endpoints of the gateway on their own (no remittance-service behind it
 * in this profile): roles and shapes are checked at the door, an unreachable service is a 503,
 * and the OpenAPI document carries the contract. The end-to-end suite covers the full path.
 */
@QuarkusTest
class IndicatorGatewayTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/indicators/BX.TRF.PWKR.CD.DT", "/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations",
            "/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations/1/history", "/api/v1/indicators/UNDESA.IMS.BILATERAL/counterparts",
            "/api/v1/indicators/BX.TRF.PWKR.CD.DT/ratio", "/api/v1/indicators/BX.TRF.PWKR.CD.DT/growth", "/api/v1/claims" })
    void anonymousGets401(String path) {
        given().when().get(path).then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/indicators/BX.TRF.PWKR.CD.DT", "/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations",
            "/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations/1/history", "/api/v1/claims", "/api/v1/claims/1" })
    @TestSecurity(user = "reader", roles = "reader")
    void unreachableServiceIs503(String path) {
        given().when().get(path).then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readersCannotImportWriteTheCatalogueOrStoreClaims() {
        given().contentType("text/csv").body("destination,origin,year,sex,value\n").when()
                .post("/api/v1/indicators/imports").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"nameEn\":\"x\",\"unit\":\"persons\",\"source\":\"s\"}").when()
                .put("/api/v1/indicators/X").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"country\":\"MLI\",\"period\":\"2019\",\"value\":1,\"document\":\"d\"}")
                .when().post("/api/v1/indicators/X/observations").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"document\":\"d\",\"indicator\":\"X\",\"country\":\"MLI\",\"period\":\"2019\",\"value\":1,\"unit\":\"USD\"}")
                .when().post("/api/v1/claims").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void claimChecksAreShapedAtTheDoor() {
        given().contentType(ContentType.JSON).body("{\"indicator\":\"BX.TRF.PWKR.CD.DT\",\"country\":\"MLI\"}").when()
                .post("/api/v1/claims/check").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("period", "value", "unit"));
        given().contentType(ContentType.JSON).body("{\"indicator\":\"BX.TRF.PWKR.CD.DT\",\"country\":\"MLI\",\"period\":\"2019\",\"value\":\"lots\",\"unit\":\"USD\"}")
                .when().post("/api/v1/claims/check").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"indicator\":\"BX.TRF.PWKR.CD.DT\",\"country\":\"MLI\",\"period\":\"2019\",\"value\":964000000000,\"unit\":\"USD\"}")
                .when().post("/api/v1/claims/check").then().statusCode(503);
    }

    @Test
    @TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
    void curatorDraftsAreValidatedBeforeTheServiceIsCalled() {
        given().contentType(ContentType.JSON).body("{\"nameEn\":\"\",\"unit\":\"persons\",\"source\":\"s\",\"periodicity\":\"weekly\"}")
                .when().put("/api/v1/indicators/X").then().statusCode(400).body("errors.field", hasItems("nameEn", "periodicity"));
        given().contentType(ContentType.JSON).body("{\"country\":\"MLI\",\"value\":1}").when()
                .post("/api/v1/indicators/X/observations").then().statusCode(400).body("errors.field", hasItems("period", "document"));
        given().contentType("text/csv").body("destination,origin,year,sex,value\nCIV,MLI,2024,Both sexes,1\n").when()
                .post("/api/v1/indicators/imports").then().statusCode(503);
    }

    @Test
    void openApiDescribesIndicatorsAndClaimsWithExamples() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/indicators/imports"))
                .body("paths", hasKey("/api/v1/indicators/{code}/observations/{id}/history"))
                .body("paths", hasKey("/api/v1/indicators/{code}/counterparts"))
                .body("paths", hasKey("/api/v1/indicators/{code}/ratio"))
                .body("paths", hasKey("/api/v1/claims/check"))
                .body("paths", hasKey("/api/v1/claims"))
                .body("paths.'/api/v1/indicators/imports'.post.requestBody.content", hasKey("text/csv"))
                .body("paths.'/api/v1/indicators/imports'.post.requestBody.content", hasKey("application/json"))
                .body("paths.'/api/v1/indicators/{code}/observations'.get.responses.'200'.content", hasKey("text/csv"))
                .body("components.schemas", hasKey("Verdict"))
                .body("components.schemas.ImportReport.properties", hasKey("new"))
                .body("components.schemas.Verdict.properties.verdict.enum", hasItem("discrepant"))
                .body("components.schemas.Observation.properties.provenance.'$ref'", equalTo("#/components/schemas/ObservationProvenance"));
    }
}
