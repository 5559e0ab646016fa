package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
class IndicatorResourceTest {

    @BeforeEach
    void clean() throws Exception {
        Fixtures.clean();
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void catalogueIsSeededWithWorldBankCodesAndPagedByCode() {
        given().when().get("/api/v1/indicators").then().statusCode(200)
                .body("total", equalTo(9), "page", equalTo(0), "size", equalTo(20),
                        "items.code", hasItems("BX.TRF.PWKR.CD.DT", "BX.TRF.PWKR.DT.GD.ZS", "BM.TRF.PWKR.CD.DT",
                                "NY.GDP.MKTP.CD", "SP.POP.TOTL", "PA.NUS.FCRF", "KNOMAD.REMITTANCES.BILATERAL"));
        given().queryParam("size", 1).when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("BM.TRF.PWKR.CD.DT"));
        given().queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("BX.TRF.PWKR.CD.DT"),
                        "items[0].nameFr", equalTo("Envois de fonds personnels, reçus ($ US courants)"),
                        // the seed's French names are ours, and say so
                        "items[0].nameFrSource", equalTo("Corridor translation, not a World Bank label"));
        given().when().get("/api/v1/indicators/BX.TRF.PWKR.DT.GD.ZS").then().statusCode(200)
                .body("unit", equalTo("percent"), "numerator", equalTo("BX.TRF.PWKR.CD.DT"),
                        "denominator", equalTo("NY.GDP.MKTP.CD"), "periodicity", equalTo("annual"));
        given().when().get("/api/v1/indicators/NO.SUCH").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
    void curatorsPutCatalogueEntriesIdempotently() {
        String body = """
                {"nameEn":"Expulsions","nameFr":"Expulsions","nameFrSource":"Corridor translation","unit":"persons",
                 "source":"Corridor documents","periodicity":"irregular"}""";
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/indicators/CORRIDOR.EXPULSIONS").then()
                .statusCode(201).body("code", equalTo("CORRIDOR.EXPULSIONS"), "multiplier", equalTo(0),
                        "nameFrSource", equalTo("Corridor translation"));
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/indicators/CORRIDOR.EXPULSIONS").then()
                .statusCode(200);
        given().contentType(ContentType.JSON).body("{\"nameEn\":\"x\",\"unit\":\"\",\"source\":\"s\",\"periodicity\":\"weekly\"}")
                .when().put("/api/v1/indicators/CORRIDOR.X").then().statusCode(400)
                .body("errors.field", hasItems("unit", "periodicity"));
        given().contentType(ContentType.JSON).body("{\"nameEn\":\"x\",\"unit\":\"percent\",\"source\":\"s\",\"numerator\":\"NOPE\",\"denominator\":\"SP.POP.TOTL\"}")
                .when().put("/api/v1/indicators/CORRIDOR.X").then().statusCode(422).body("errors.field", hasItem("numerator"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readersCannotWriteTheCatalogue() {
        given().contentType(ContentType.JSON).body("{\"nameEn\":\"x\",\"unit\":\"u\",\"source\":\"s\"}").when()
                .put("/api/v1/indicators/CORRIDOR.X").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readersCheckButDoNotStore() {
        ClaimResourceTest.check("BX.TRF.PWKR.CD.DT", "MLI", "2023", "1867", "million USD").statusCode(200)
                .body("verdict", equalTo("no_data"));
        given().contentType(ContentType.JSON).body(java.util.Map.of("document", "d", "indicator", "BX.TRF.PWKR.CD.DT",
                "country", "MLI", "period", "2019", "value", 1, "unit", "USD")).when().post("/api/v1/claims").then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void negativePageNamesTheField() {
        given().queryParam("page", -1).when().get("/api/v1/indicators").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("page"));
    }

    @Test
    void anonymousGets401() {
        given().when().get("/api/v1/indicators").then().statusCode(401).contentType("application/problem+json");
    }
}
