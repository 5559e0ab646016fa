package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.GDP;
import static io.corridor.remittance.rest.Fixtures.REMITTANCES;
import static io.corridor.remittance.rest.Fixtures.importFile;
import static io.corridor.remittance.rest.Fixtures.worldBankCsv;
import static io.corridor.remittance.rest.Fixtures.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

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
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class DerivedSeriesTest {

    @BeforeEach
    void data() throws Exception {
        Fixtures.clean();
        importFile(worldBankCsv("2025-01-28",
                "\"Mali\",\"MLI\"," + REMITTANCES + ",\"1000000000\",\"1100000000\",\"\",\"1210000000\",\"1331000000\"",
                "\"Mali\",\"MLI\"," + GDP + ",\"20000000000\",\"20000000000\",\"22000000000\",\"\",\"22000000000\""),
                "text/csv", "fileName", "wdi.csv").statusCode(200);
    }

    @Test
    void ratioOfTwoIndicatorsInPercentWithBothInputs() {
        given().queryParam("country", "MLI").queryParam("denominator", "NY.GDP.MKTP.CD").when()
                .get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/ratio").then().statusCode(200)
                .body("period", contains("2019", "2020", "2023"), "value", contains(5, 5.5, 6.05),
                        "[0].unit", equalTo("percent"), "[0].inputs.indicator", equalTo(List.of("BX.TRF.PWKR.CD.DT", "NY.GDP.MKTP.CD")),
                        "[0].inputs[1].provenance.fileName", equalTo("wdi.csv"));
        given().queryParam("country", "MLI").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/ratio").then()
                .statusCode(400).body("errors.field", hasItem("denominator"));
        given().queryParam("denominator", "NY.GDP.MKTP.CD").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/ratio")
                .then().statusCode(400).body("errors.field", hasItem("country"));
    }

    @Test
    void yearOnYearGrowthSkipsGaps() {
        given().queryParam("country", "MLI").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/growth").then()
                .statusCode(200).body("period", contains("2020", "2023"), "value", contains(10, 10),
                        "[1].inputs.period", equalTo(List.of("2023", "2022")));
    }

    @Test
    void documentFiguresAreObservationsOfTheirOwnSourceAndNeverReferences() {
        Map<String, Object> figure = Map.of("country", "MLI", "period", "2019", "value", 964000000000L,
                "document", "diaspora-engagement-mapping-mali.md",
                "quote", "les seuls envois de fonds étant estimés à 964 milliards de dollars US en 2019",
                "sourceCited", "World Bank 2019");
        int id = given().contentType(ContentType.JSON).body(figure).when()
                .post("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then().statusCode(201)
                .body("kind", equalTo("document"), "source", equalTo("diaspora-engagement-mapping-mali.md"),
                        "release", equalTo("World Bank 2019"), "provenance.quote", org.hamcrest.Matchers.containsString("964"),
                        "revision", equalTo(1))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(figure).when()
                .post("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then().statusCode(200).body("id", equalTo(id));
        given().queryParam("country", "MLI").queryParam("kind", "document").when()
                .get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then().statusCode(200)
                .body("total", equalTo(1), "items[0].value", equalTo(964000000000L));
        // The reference stays the dataset value.
        given().contentType(ContentType.JSON).body(Map.of("indicator", "BX.TRF.PWKR.CD.DT", "country", "MLI",
                "period", "2019", "value", 1000000000, "unit", "USD")).when().post("/api/v1/claims/check").then()
                .statusCode(200).body("verdict", equalTo("consistent"), "reference.value", equalTo(1000000000));
        given().queryParam("country", "MLI").queryParam("denominator", "NY.GDP.MKTP.CD").when()
                .get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/ratio").then().statusCode(200)
                .body("[0].value", equalTo(5));
        given().contentType(ContentType.JSON).body(Map.of("country", "MLI", "period", "1990s", "value", 46000,
                "document", "soukouna.txt", "counterpart", "FRA")).when()
                .post("/api/v1/indicators/UNDESA.IMS.BILATERAL/observations").then().statusCode(201)
                .body("period", equalTo("1990s"), "periodStart", equalTo("1990-01-01"), "periodEnd", equalTo("1999-12-31"));
        given().contentType(ContentType.JSON).body(Map.of("country", "MLI", "period", "2019/2010", "value", 1,
                "document", "d")).when().post("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                .statusCode(422).body("errors.field", hasItem("period"));
        given().contentType(ContentType.JSON).body(Map.of("country", "MLI", "period", "2019", "value", 1,
                "document", "d")).when().post("/api/v1/indicators/NO.SUCH/observations").then().statusCode(404);
    }
}
