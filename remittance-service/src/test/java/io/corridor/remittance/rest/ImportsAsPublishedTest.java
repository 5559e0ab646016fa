package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.given;
import static io.corridor.remittance.rest.Fixtures.importPublished;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Imports as published (issue #23): SDMX-CSV 2.0 with UNIT_MULT, UNIT_MEASURE and ACTION; UN DESA's destination and
 * origin xlsx; the World Bank bulk zip with its metadata CSVs; the KNOMAD bilateral remittance matrix (modelled). Each
 * stays atomic: a bad cell names its row and column, and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class ImportsAsPublishedTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeEach
    void clean() throws Exception {
        Fixtures.clean();
    }

    static ValidatableResponse post(byte[] body, String contentType, String... params) {
        var request = given().contentType(contentType).body(body);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.when().post("/api/v1/indicators/imports").then();
    }

    @Test
    void sdmxUnitMultiplierIsAppliedAndRecordedAndActionsReplaceAndDelete() {
        importPublished("sdmx/IMF_BOP_remittances_2.0.csv", "application/vnd.sdmx.data+csv", "release", "2025-03-31")
                .statusCode(200).body("format", equalTo("sdmx-csv"), "new", equalTo(3), "source", equalTo("IMF.STA:BOP(1.0.0)"));
        given().queryParam("country", "MLI").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                .statusCode(200).body("items.value", contains(1040500000, 1080250000),
                        "items[0].caveats.unitMultiplier", equalTo(6), "items[0].caveats.unitMeasure", equalTo("USD"),
                        "items[1].status", equalTo("provisional"));
        given().queryParam("country", "SEN").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                .statusCode(200).body("items[0].value", equalTo(2900000000L), "items[0].caveats.unitMultiplier", equalTo(9));

        // R replaces the value (a new revision), D withdraws it (a revision without a value)
        importPublished("sdmx/IMF_BOP_remittances_2.0_update.csv", "application/vnd.sdmx.data+csv", "release", "2025-06-30")
                .statusCode(200).body("revised", equalTo(2), "new", equalTo(0));
        given().queryParam("country", "MLI").queryParam("from", "2022").when()
                .get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then().statusCode(200)
                .body("items[0].value", equalTo(1100000000), "items[0].revision", equalTo(2), "items[0].status", equalTo("normal"));
        given().queryParam("country", "SEN").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                .statusCode(200).body("items[0].value", nullValue(), "items[0].status", equalTo("missing"), "items[0].revision", equalTo(2));
        // what was published before the deletion is still answered by its vintage
        given().queryParam("country", "SEN").queryParam("vintage", "2025-04-30").when()
                .get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then().statusCode(200)
                .body("items[0].value", equalTo(2900000000L));
    }

    @Test
    void sdmxBadActionsAndMultipliersAreNamedAndNothingIsStored() throws Exception {
        String file = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n"
                + "dataflow,IMF.STA:BOP(1.0.0),I,MLI,BX.TRF.PWKR.CD.DT,2021,1,6\n"
                + "dataflow,IMF.STA:BOP(1.0.0),X,MLI,BX.TRF.PWKR.CD.DT,2022,1,6\n"
                + "dataflow,IMF.STA:BOP(1.0.0),I,MLI,BX.TRF.PWKR.CD.DT,2023,1,six\n";
        Fixtures.importFile(file, "text/csv").statusCode(422)
                .body("errors.row", contains(3, 4), "errors.field", contains("ACTION", "UNIT_MULT"));
        assertEquals(0, Fixtures.count("select count(*) from observation_revision"));
    }

    @Test
    void undesaWorkbookAsPublishedLeavesAggregatesOutAndKeepsTypeOfData() {
        post(PublishedWorkbooks.desaDestinationOrigin("B"), XLSX, "fileName", "undesa_pd_2020_ims_stock_by_sex_destination_and_origin.xlsx",
                "release", "2021-01-15").statusCode(200)
                .body("format", equalTo("desa-xlsx"), "rows", equalTo(63), "new", equalTo(60), "missing", equalTo(3),
                        "source", equalTo("UN DESA, International Migrant Stock"));
        given().queryParam("country", "MLI").queryParam("counterpart", "CIV").queryParam("sex", "total").when()
                .get("/api/v1/indicators/UNDESA.IMS.BILATERAL/observations").then().statusCode(200)
                .body("total", equalTo(7), "items[6].period", equalTo("2020"), "items[6].value", equalTo(400000),
                        "items[6].caveats.typeOfData", equalTo("C"), "items[6].provenance.row", equalTo(16));
        given().queryParam("country", "MLI").queryParam("counterpart", "FRA").queryParam("sex", "male").queryParam("from", "2020")
                .when().get("/api/v1/indicators/UNDESA.IMS.BILATERAL/observations").then().statusCode(200)
                .body("items[0].value", equalTo(66000), "items[0].caveats.notes", equalTo("7"));
        given().queryParam("country", "MLI").queryParam("period", "2020").when()
                .get("/api/v1/indicators/UNDESA.IMS.BILATERAL/counterparts").then().statusCode(200)
                .body("counterpart", contains("CIV", "NER", "FRA"));
    }

    @Test
    void undesaWorkbookWithABadTypeOfDataIsRefusedNamingTheCell() throws Exception {
        post(PublishedWorkbooks.desaDestinationOrigin("X"), XLSX).statusCode(422)
                .body("errors[0].row", equalTo(17), "errors[0].field", equalTo("E (Type of data of destination)"));
        assertEquals(0, Fixtures.count("select count(*) from observation_revision"));
    }

    @Test
    void worldBankBulkZipWithItsMetadata() {
        post(PublishedWorkbooks.worldBankZip(true), "application/zip", "fileName", "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_8.zip")
                .statusCode(200).body("format", equalTo("wb-zip"), "rows", equalTo(192), "new", equalTo(6),
                        "release", equalTo("2025-01-28"));
        given().queryParam("country", "MLI").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                .statusCode(200).body("items.period", contains("2021", "2022", "2023"),
                        "items[0].caveats.notes", containsString("fiscal year"),
                        "items[0].provenance.fileName", equalTo("API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_8.zip"));
        given().queryParam("country", "SEN").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                .statusCode(200).body("items[0].caveats", nullValue());
        // a zip of metadata only: neither a workbook nor a bulk download; named wb-zip, it lacks its data CSV
        post(PublishedWorkbooks.worldBankZip(false), "application/zip").statusCode(422).body("errors[0].field", equalTo("format"));
        post(PublishedWorkbooks.worldBankZip(false), "application/zip", "format", "wb-zip").statusCode(422)
                .body("errors[0].field", equalTo("zip"), "errors[0].message", containsString("API_"));
    }

    @Test
    void knomadMatrixValuesAreModelledAndInUsDollars() {
        post(PublishedWorkbooks.knomadMatrix(null), XLSX, "fileName", "Bilateral_Remittance_Matrix_2021.xlsx", "release", "2022-10-01")
                .statusCode(200).body("format", equalTo("knomad-xlsx"), "new", equalTo(8),
                        "source", equalTo("World Bank KNOMAD, Bilateral Remittance Matrix 2021"));
        given().queryParam("country", "MLI").queryParam("period", "2021").when()
                .get("/api/v1/indicators/KNOMAD.REMITTANCES.BILATERAL/counterparts").then().statusCode(200)
                .body("counterpart", contains("FRA", "CIV", "COD"), "value", contains(400120000, 300000000, 1000000),
                        "status", hasItem("modelled"), "[0].caveats.unitMultiplier", equalTo(6));
        // a verdict against a modelled corridor says so
        given().contentType(ContentType.JSON).body(Map.of("indicator", "KNOMAD.REMITTANCES.BILATERAL", "country", "MLI",
                "counterpart", "FRA", "period", "2021", "value", 400, "unit", "million USD")).when().post("/api/v1/claims/check")
                .then().statusCode(200).body("verdict", equalTo("consistent"), "caveats[0]", containsString("modelled"));
    }

    @Test
    void knomadMatrixWithAnUnknownCountryIsRefusedNamingTheRow() throws Exception {
        post(PublishedWorkbooks.knomadMatrix("Atlantis"), XLSX).statusCode(422)
                .body("errors[0].row", equalTo(6), "errors[0].field", equalTo("A"), "errors[0].value", equalTo("Atlantis"));
        assertEquals(0, Fixtures.count("select count(*) from observation_revision"));
    }
}
