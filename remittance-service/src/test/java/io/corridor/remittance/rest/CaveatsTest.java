package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.given;
import static io.corridor.remittance.rest.Fixtures.importPublished;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Caveats kept (issue #23): World Bank footnotes (API footnote=y), UN DESA's type of data and notes, SDMX COMMENT_OBS,
 * stored per revision, shown with observations and named in verdicts. Files under src/test/resources/publishers,
 * test values.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class CaveatsTest {

    @BeforeEach
    void clean() throws Exception {
        Fixtures.clean();
    }

    @Test
    void worldBankFootnotesAreKeptPerValueAndNamedInTheVerdict() {
        importPublished("worldbank/API_BX.TRF.PWKR.CD.DT_MLI_footnote.json", "application/json").statusCode(200)
                .body("new", equalTo(2), "missing", equalTo(1));
        given().queryParam("country", "MLI").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                .statusCode(200).body("items.period", contains("2022", "2023"), "items[0]", not(hasKey("caveats")),
                        "items[1].caveats.footnote", containsString("preliminary"));
        given().contentType(ContentType.JSON).body(Map.of("indicator", "BX.TRF.PWKR.CD.DT", "country", "MLI", "period", "2023",
                "value", 1.1, "unit", "billion USD")).when().post("/api/v1/claims/check").then().statusCode(200)
                .body("verdict", equalTo("consistent"), "caveats[0]", containsString("footnote: Test footnote"),
                        "detail", containsString("caveat"));
    }

    /** The corpus's Malians in Côte d'Ivoire, against a stock UN DESA counts by citizenship (type of data C). */
    @Test
    void aVerdictAgainstACitizenshipBasedStockSaysSo() throws Exception {
        importPublished("undesa/ims_destination_origin_long.csv", "text/csv").statusCode(200).body("new", equalTo(5));
        given().queryParam("country", "MLI").queryParam("counterpart", "CIV").queryParam("sex", "total").when()
                .get("/api/v1/indicators/UNDESA.IMS.BILATERAL/observations").then().statusCode(200)
                .body("items[0].caveats.typeOfData", equalTo("C"),
                        "items[0].caveats.typeOfDataMeaning[0]", containsString("foreign citizens"));
        given().queryParam("country", "MLI").queryParam("counterpart", "NER").when()
                .get("/api/v1/indicators/UNDESA.IMS.BILATERAL/observations").then().statusCode(200)
                .body("items[0].caveats.typeOfData", equalTo("B R"), "items[0].caveats.notes", equalTo("12"),
                        "items[0].caveats.typeOfDataMeaning", contains(containsString("foreign-born"), containsString("refugees")));

        CSVRecord figure = VintageTest.corpus("facts/figures.csv", "counterpart", "CIV");
        assertEquals("403646", figure.get("value"));
        given().contentType(ContentType.JSON).body(Map.of("indicator", "UNDESA.IMS.BILATERAL", "country", figure.get("country"),
                "counterpart", figure.get("counterpart"), "period", "2020", "value", new java.math.BigDecimal(figure.get("value")),
                "unit", figure.get("unit"))).when().post("/api/v1/claims/check").then().statusCode(200)
                .body("verdict", equalTo("consistent"), "reference.inputs[0].caveats.typeOfData", equalTo("C"),
                        "caveats", hasItem(containsString("counts foreign citizens, not the foreign-born")),
                        "caveats", hasItem(containsString("type of data C")));
    }

    @Test
    void anSdmxCommentIsKeptAndAChangedCaveatIsANewRevision() {
        importPublished("sdmx/IMF_BOP_comment.csv", "application/vnd.sdmx.data+csv").statusCode(200).body("new", equalTo(1));
        given().queryParam("country", "MLI").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                .statusCode(200).body("items[0].caveats.footnote", containsString("\"workers' remittances\""),
                        "items[0].status", equalTo("estimate"), "items[0].source", equalTo("IMF:BOP(1.0)"));
        // the same value with another comment: the publisher said something new about it
        String changed = "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS,COMMENT_OBS\n"
                + "IMF:BOP(1.0),MLI,BX.TRF.PWKR.CD.DT,2020,1000000000,E,Revised test comment\n";
        Fixtures.importFile(changed, "text/csv").statusCode(200).body("revised", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("indicator", "BX.TRF.PWKR.CD.DT", "country", "MLI", "period", "2020",
                "value", 1, "unit", "billion USD")).when().post("/api/v1/claims/check").then().statusCode(200)
                .body("caveats", contains(containsString("is an estimate"), containsString("Revised test comment")));
    }

    @Test
    void anUnknownTypeOfDataIsAProblemOfItsRow() throws Exception {
        String file = "destination,origin,year,sex,value,type of data\nCIV,MLI,2020,Both sexes,1,C\nFRA,MLI,2020,Both sexes,2,X\n";
        Fixtures.importFile(file, "text/csv").statusCode(422).body("errors[0].row", equalTo(3),
                "errors[0].field", equalTo("type of data"), "errors[0].message", containsString("B (foreign-born)"));
        assertEquals(0, Fixtures.count("select count(*) from observation_revision"));
    }
}
