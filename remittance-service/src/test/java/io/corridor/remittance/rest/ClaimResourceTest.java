package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.GDP;
import static io.corridor.remittance.rest.Fixtures.REMITTANCES;
import static io.corridor.remittance.rest.Fixtures.importFile;
import static io.corridor.remittance.rest.Fixtures.worldBankCsv;
import static io.corridor.remittance.rest.Fixtures.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
class ClaimResourceTest {

    static final String FCRF = "\"Official exchange rate (LCU per US$, period average)\",\"PA.NUS.FCRF\"";

    @BeforeEach
    void referenceData() throws Exception {
        Fixtures.clean();
        // Test reference values, in the WDI's orders of magnitude for Mali (about a billion USD of
        // remittances a year, about 20 billion USD of GDP, about 590 XOF per USD).
        importFile(worldBankCsv("2025-01-28",
                "\"Mali\",\"MLI\"," + REMITTANCES + ",\"1003000000\",\"1010000000\",\"1200000000\",\"1100000000\",\"1867000000\"",
                "\"Mali\",\"MLI\"," + GDP + ",\"17300000000\",\"17400000000\",\"19100000000\",\"18800000000\",\"20900000000\"",
                "\"Mali\",\"MLI\"," + FCRF + ",\"585.91\",\"575.59\",\"554.53\",\"623.76\",\"606.57\""),
                "text/csv").statusCode(200).body("new", equalTo(15));
    }

    /** The corpus's figure of 964 billion USD of remittances to Mali in 2019, read from figures.csv. */
    static CSVRecord corpusFigure(String value) throws Exception {
        Path figures = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"), "facts", "figures.csv");
        try (Reader in = Files.newBufferedReader(figures, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords().stream()
                    .filter(r -> r.get("value").equals(value)).findFirst().orElseThrow();
        }
    }

    @Test
    void theCorpusNineHundredSixtyFourBillionIsAScaleSlip() throws Exception {
        CSVRecord figure = corpusFigure("964000000000");
        assertEquals("remittances_received", figure.get("indicator"));
        // the figure goes as a JSON number, as the contract has it (the server would also read a string)
        given().contentType(ContentType.JSON).body(Map.of("indicator", "BX.TRF.PWKR.CD.DT", "country", figure.get("country"),
                "period", figure.get("period"), "value", new java.math.BigDecimal(figure.get("value")),
                "unit", figure.get("unit")))
                .when().post("/api/v1/claims/check").then().statusCode(200)
                .body("verdict", equalTo("discrepant"), "reference.value", equalTo(1003000000),
                        "reference.release", equalTo("2025-01-28"),
                        "reference.source", equalTo("World Bank, World Development Indicators"),
                        "reference.derived", equalTo(false), "ratio", closeTo(961.117, 0.001),
                        "hints[0].kind", equalTo("scale_thousand"), "hints", hasSize(1));
    }

    @Test
    void roundedFigureInMillionsIsConsistent() {
        check("BX.TRF.PWKR.CD.DT", "MLI", "2023", "1867", "million USD").body("verdict", equalTo("consistent"),
                "claimValue", equalTo(1867000000), "ratio", equalTo(1), "hints", empty());
        check("BX.TRF.PWKR.CD.DT", "MLI", "2023", "1.9", "billion USD").body("verdict", equalTo("consistent"));
        check("BX.TRF.PWKR.CD.DT", "MLI", "2023", "2.1", "billion USD").body("verdict", equalTo("discrepant"),
                "hints", empty());
    }

    @Test
    void cfaFrancsAreConvertedWithTheExchangeRateSeriesAndReadAsDollarsIsHinted() {
        // 587.7 billion XOF at 585.91 XOF per USD ≈ 1.003 billion USD.
        check("BX.TRF.PWKR.CD.DT", "MLI", "2019", "587.7", "milliards FCFA").body("verdict", equalTo("consistent"),
                "claimValue", closeTo(1.003055e9, 1e6));
        // The same francs written as dollars.
        check("BX.TRF.PWKR.CD.DT", "MLI", "2019", "587.7", "billion USD").body("verdict", equalTo("discrepant"),
                "hints[0].kind", equalTo("currency_xof_as_usd"), "hints[0].factor", closeTo(585.91, 0.001));
        // No rate for the year: nothing to convert with.
        check("BX.TRF.PWKR.CD.DT", "MLI", "2010", "500", "milliards FCFA").body("verdict", equalTo("no_data"),
                "detail", containsString("PA.NUS.FCRF"));
    }

    @Test
    void percentOfGdpIsCheckedAgainstTheDerivedRatioWhenNotPublished() throws Exception {
        CSVRecord figure = corpusFigure("0.78");
        check("BX.TRF.PWKR.DT.GD.ZS", "MLI", figure.get("period"), figure.get("value"), figure.get("unit"))
                .body("verdict", equalTo("discrepant"), "reference.derived", equalTo(true),
                        "reference.value", closeTo(8.933014, 0.000001), "reference.inputs", hasSize(2),
                        "reference.inputs.indicator", equalTo(List.of("BX.TRF.PWKR.CD.DT", "NY.GDP.MKTP.CD")),
                        "reference.inputs[0].provenance.row", equalTo(6));
        check("BX.TRF.PWKR.DT.GD.ZS", "MLI", "2023", "8.9", "%").body("verdict", equalTo("consistent"));
        // Once published, the published ratio is the reference.
        importFile(worldBankCsv("2025-01-28", "\"Mali\",\"MLI\",\"Personal remittances, received (% of GDP)\",\"BX.TRF.PWKR.DT.GD.ZS\",\"\",\"\",\"\",\"\",\"8.93\""),
                "text/csv").statusCode(200);
        check("BX.TRF.PWKR.DT.GD.ZS", "MLI", "2023", "8.9", "percent").body("verdict", equalTo("consistent"),
                "reference.derived", equalTo(false), "reference.value", closeTo(8.93, 0.0001));
    }

    @Test
    void noReferenceIsNoData() {
        check("SP.POP.TOTL", "MLI", "2018", "18.5", "million persons").body("verdict", equalTo("no_data"),
                "reference", nullValue(), "claimValue", equalTo(18500000));
    }

    @Test
    void badClaimsNameTheirFields() {
        check("NO.SUCH", "MLI", "2019", "1", "USD").statusCode(422).body("errors.field", hasItem("indicator"));
        check("BX.TRF.PWKR.CD.DT", "Mali", "2019-Q7", "1", "").statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("indicator", "BX.TRF.PWKR.CD.DT", "country", "Mali",
                "period", "2019-Q7", "value", 1, "unit", "USD")).when().post("/api/v1/claims/check").then()
                .statusCode(400).body("errors.field", equalTo(List.of("country", "period")));
        check("BX.TRF.PWKR.CD.DT", "MLI", "2019", "1", "persons").statusCode(422).body("errors.field", hasItem("unit"));
    }

    @Test
    void claimsAreStoredOncePerDocumentAndListedWithTheirVerdict() throws Exception {
        CSVRecord figure = corpusFigure("964000000000");
        Map<String, Object> claim = Map.of("document", figure.get("document"), "quote", figure.get("quote"),
                "indicator", "BX.TRF.PWKR.CD.DT", "country", "MLI", "period", "2019",
                "value", new java.math.BigDecimal(figure.get("value")), "unit", "USD", "sourceCited", figure.get("source_cited"));
        int id = given().contentType(ContentType.JSON).body(claim).when().post("/api/v1/claims").then().statusCode(201)
                .body("verdict.verdict", equalTo("discrepant"), "createdBy", equalTo("curator"),
                        "quote", containsString("964 milliards"))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(claim).when().post("/api/v1/claims").then().statusCode(200)
                .body("id", equalTo(id));
        given().queryParam("document", figure.get("document")).when().get("/api/v1/claims").then().statusCode(200)
                .body("total", equalTo(1), "items[0].id", equalTo(id), "items[0].verdict.hints[0].kind",
                        equalTo("scale_thousand"));
        given().queryParam("document", "other.txt").when().get("/api/v1/claims").then().statusCode(200)
                .body("total", equalTo(0));
        given().when().get("/api/v1/claims/" + id).then().statusCode(200).body("document", equalTo(figure.get("document")));
        given().when().get("/api/v1/claims/999999").then().statusCode(404);
    }

    static io.restassured.response.ValidatableResponse check(String indicator, String country, String period,
            String value, String unit) {
        return given().contentType(ContentType.JSON).body(Map.of("indicator", indicator, "country", country,
                "period", period, "value", new java.math.BigDecimal(value), "unit", unit))
                .when().post("/api/v1/claims/check").then();
    }
}
