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

    /**
     * Issue #20: "10 % of GDP" against 6.25 % was consistent, the tolerance reading "10" as one significant digit
     * (± 5). A figure is read as written, trailing zeros included: "10 %" is ± 0.5; a writer who means "about ten"
     * says so, and the hedge widens it.
     */
    @Test
    void aFigureIsReadToThePrecisionItIsWrittenWith() {
        importFile(worldBankCsv("2025-01-28", "\"Mali\",\"MLI\",\"Personal remittances, received (% of GDP)\",\"BX.TRF.PWKR.DT.GD.ZS\","
                + "\"6.25\",\"\",\"\",\"\",\"\""), "text/csv").statusCode(200);
        check("BX.TRF.PWKR.DT.GD.ZS", "MLI", "2019", "10", "%").body("verdict", equalTo("discrepant"),
                "bounds.low", near(9.5, 1e-9), "bounds.high", near(10.5, 1e-9), "bounds.rule", equalTo("as_written"),
                "bounds.basis", equalTo("as written"), "bounds.relativeFloor", equalTo(false), "tolerance", near(0.5, 1e-9),
                "detail", containsString("as written"));
        // hedged, the figure is read to its leading digit: "environ 10 %" is 5 to 15
        checkHedged("BX.TRF.PWKR.DT.GD.ZS", "2019", "10", "%", "environ").body("verdict", equalTo("consistent"),
                "bounds.low", near(5, 1e-9), "bounds.high", near(15, 1e-9), "bounds.rule", equalTo("approximate"),
                "bounds.basis", equalTo("hedged: environ"), "detail", containsString("hedged: environ"));
        // a bound is read in its direction: "more than 10 %" is 9.5 (10 less half its last digit) to 20, "moins de 10 %" 0 to 10.5
        checkHedged("BX.TRF.PWKR.DT.GD.ZS", "2019", "10", "%", "More than").body("verdict", equalTo("discrepant"),
                "bounds.low", near(9.5, 1e-9), "bounds.high", near(20, 1e-9), "bounds.rule", equalTo("more_than"));
        checkHedged("BX.TRF.PWKR.DT.GD.ZS", "2019", "10", "%", "moins de").body("verdict", equalTo("consistent"),
                "bounds.low", near(0, 1e-9), "bounds.high", near(10.5, 1e-9), "bounds.rule", equalTo("less_than"));
        // trailing zeros of a written integer count: "2 000 millions" is ± 0.5 million, widened here to 2 % of the reference
        check("BX.TRF.PWKR.CD.DT", "MLI", "2023", "2000", "millions USD").body("verdict", equalTo("discrepant"),
                "bounds.relativeFloor", equalTo(true), "bounds.low", near(1.96266e9, 1), "bounds.high", near(2.03734e9, 1));
        checkHedged("BX.TRF.PWKR.CD.DT", "2023", "2000", "millions USD", "près de").body("verdict", equalTo("consistent"),
                "bounds.low", near(1.5e9, 1), "bounds.high", near(2.5e9, 1), "bounds.relativeFloor", equalTo(false));
        // "1,5 milliard" is ± 0.05 milliard; "about 1.5 billion" ± 0.5 billion
        check("BX.TRF.PWKR.CD.DT", "MLI", "2023", "1.5", "milliard USD").body("verdict", equalTo("discrepant"),
                "bounds.low", near(1.45e9, 1), "bounds.high", near(1.55e9, 1));
        checkHedged("BX.TRF.PWKR.CD.DT", "2023", "1.5", "billion USD", "about").body("verdict", equalTo("consistent"));
        // a trailing zero after the point counts too: 1.90 billion is ± 0.005 billion, within 2 % of 1.867 billion
        check("BX.TRF.PWKR.CD.DT", "MLI", "2023", "1.90", "billion USD").body("verdict", equalTo("consistent"),
                "bounds.relativeFloor", equalTo(true));
    }

    @Test
    void anUnknownHedgeWordIsRefusedNamingTheField() {
        checkHedged("BX.TRF.PWKR.CD.DT", "2023", "2000", "millions USD", "circa-ish").statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("hedge"),
                        "errors[0].message", containsString("environ"));
    }

    @Test
    void aStoredClaimKeepsItsHedge() {
        Map<String, Object> claim = new java.util.HashMap<>(Map.of("document", "note.md", "indicator", "BX.TRF.PWKR.CD.DT",
                "country", "MLI", "period", "2023", "value", 2000, "unit", "millions USD", "hedge", "environ"));
        int id = given().contentType(ContentType.JSON).body(claim).when().post("/api/v1/claims").then().statusCode(201)
                .body("hedge", equalTo("environ"), "verdict.verdict", equalTo("consistent"),
                        "verdict.bounds.basis", equalTo("hedged: environ")).extract().path("id");
        given().when().get("/api/v1/claims/" + id).then().statusCode(200).body("verdict.bounds.rule", equalTo("approximate"));
    }

    @Test
    void aClaimOfAbsurdMagnitudeOrPrecisionIsRefusedNamingTheValue() {
        for (String value : new String[] { "1E+999999999", "-1E40", "1E-999999999", "0." + "1".repeat(40) }) {
            given().contentType(ContentType.JSON).body("{\"indicator\":\"BX.TRF.PWKR.CD.DT\",\"country\":\"MLI\",\"period\":\"2023\","
                    + "\"unit\":\"USD\",\"value\":" + value + "}").when().post("/api/v1/claims/check").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("value"));
        }
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

    /** Any JSON number near the expected one: bounds come as integers or decimals, as their value has it. */
    static org.hamcrest.Matcher<Object> near(double expected, double error) {
        return new org.hamcrest.CustomMatcher<>("a number within " + error + " of " + expected) {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof Number n && Math.abs(n.doubleValue() - expected) <= error;
            }
        };
    }

    static io.restassured.response.ValidatableResponse checkHedged(String indicator, String period, String value, String unit,
            String hedge) {
        return given().contentType(ContentType.JSON).body(Map.of("indicator", indicator, "country", "MLI", "period", period,
                "value", new java.math.BigDecimal(value), "unit", unit, "hedge", hedge)).when().post("/api/v1/claims/check").then();
    }

    static io.restassured.response.ValidatableResponse check(String indicator, String country, String period,
            String value, String unit) {
        return given().contentType(ContentType.JSON).body(Map.of("indicator", indicator, "country", country,
                "period", period, "value", new java.math.BigDecimal(value), "unit", unit))
                .when().post("/api/v1/claims/check").then();
    }
}
