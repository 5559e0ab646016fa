package io.corridor.e2e.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Indicators through the real gateway, with real tokens: a curator imports files (raw body),
 * readers query JSON and CSV, check a claim and list claims per document. The numbers are test
 * values in the orders of magnitude of the World Bank's series, not the published statistics.
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorEndToEndTest {

    static final String API = Stack.GATEWAY + "/api/v1";

    static final String WDI = "\ufeff\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2025-01-28\",\n\n"
            + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\",\"2020\",\"2021\",\"2022\",\"2023\",\n"
            + "\"Mali\",\"MLI\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"1003000000\",\"1010000000\",\"1200000000\",\"1100000000\",\"1867000000\",\n"
            + "\"Mali\",\"MLI\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"17300000000\",\"17400000000\",\"19100000000\",\"18800000000\",\"20900000000\",\n";

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    static RequestSpecification file(String user, String body, String type) {
        return as(user).contentType(type + "; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void curatorImportsAWorldBankCsvThroughTheGatewayAndAgainChangesNothing() {
        file("curator", WDI, "text/csv").queryParam("fileName", "wdi-mali.csv").when().post(API + "/indicators/imports")
                .then().statusCode(200).body("format", equalTo("wb-csv"), "importedBy", equalTo("curator"),
                        "release", equalTo("2025-01-28"), "new", greaterThanOrEqualTo(0));
        file("curator", WDI, "text/csv").when().post(API + "/indicators/imports").then().statusCode(200)
                .body("new", equalTo(0), "revised", equalTo(0), "unchanged", equalTo(10));
    }

    @Test
    @Order(2)
    void readersQueryJsonCsvHistoryAndDerivedRatio() {
        int id = as("reader").queryParam("country", "MLI").queryParam("from", "2023").when()
                .get(API + "/indicators/BX.TRF.PWKR.CD.DT/observations").then().statusCode(200)
                .body("items[0].value", equalTo(1867000000), "items[0].provenance.fileName", equalTo("wdi-mali.csv"))
                .extract().path("items[0].id");
        as("reader").accept("text/csv").queryParam("country", "MLI").when()
                .get(API + "/indicators/BX.TRF.PWKR.CD.DT/observations").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("BX.TRF.PWKR.CD.DT,MLI,,2023"));
        as("reader").when().get(API + "/indicators/BX.TRF.PWKR.CD.DT/observations/" + id + "/history").then()
                .statusCode(200).body("revision", contains(1));
        as("reader").queryParam("country", "MLI").queryParam("denominator", "NY.GDP.MKTP.CD").queryParam("from", "2023")
                .when().get(API + "/indicators/BX.TRF.PWKR.CD.DT/ratio").then().statusCode(200)
                .body("[0].period", equalTo("2023"), "[0].inputs.indicator", contains("BX.TRF.PWKR.CD.DT", "NY.GDP.MKTP.CD"));
    }

    @Test
    @Order(3)
    void theCorpusNineHundredSixtyFourBillionIsFlaggedAsAScaleSlip() {
        as("reader").contentType(ContentType.JSON).body(Map.of("indicator", "BX.TRF.PWKR.CD.DT", "country", "MLI",
                "period", "2019", "value", 964000000000L, "unit", "USD")).when().post(API + "/claims/check").then()
                .statusCode(200).body("verdict", equalTo("discrepant"), "hints[0].kind", equalTo("scale_thousand"),
                        "reference.release", equalTo("2025-01-28"));
    }

    @Test
    @Order(4)
    void claimsAreStoredAndListedPerDocument() {
        Map<String, Object> claim = Map.of("document", "e2e-indicators.md", "quote", "964 milliards de dollars US en 2019",
                "indicator", "BX.TRF.PWKR.CD.DT", "country", "MLI", "period", "2019", "value", 964000000000L, "unit", "USD");
        int first = as("annotator").contentType(ContentType.JSON).body(claim).when().post(API + "/claims").then()
                .extract().statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(first == 201 || first == 200);
        as("annotator").contentType(ContentType.JSON).body(claim).when().post(API + "/claims").then().statusCode(200);
        as("reader").queryParam("document", "e2e-indicators.md").when().get(API + "/claims").then().statusCode(200)
                .body("total", equalTo(1), "items[0].verdict.verdict", equalTo("discrepant"));
    }

    @Test
    @Order(5)
    void aBadFileImportsNothingAndTheProblemPassesThroughTheGateway() {
        // a counterpart no other test or demo loader imports (the corpus figures hold Malians in Côte d'Ivoire)
        file("curator", "destination,origin,year,sex,value\nISL,MLI,2024,Both sexes,403646\nXYZ,MLI,2024,Both sexes,12\n",
                "text/csv").when().post(API + "/indicators/imports").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].row", equalTo(3),
                        "errors[0].field", equalTo("destination"), "errors[0].value", equalTo("XYZ"));
        as("reader").queryParam("country", "MLI").when().get(API + "/indicators/UNDESA.IMS.BILATERAL/counterparts")
                .then().statusCode(200).body("counterpart", org.hamcrest.Matchers.not(hasItem("ISL")));
    }

    @Test
    @Order(6)
    void readersCannotImportAtTheGatewayNorAtTheService() {
        file("reader", WDI, "text/csv").when().post(API + "/indicators/imports").then().statusCode(403);
        file("reader", WDI, "text/csv").when().post(Stack.REMITTANCE_SERVICE + "/api/v1/indicators/imports").then()
                .statusCode(403);
    }
}
