package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.given;
import static io.corridor.remittance.rest.Fixtures.importPublished;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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

/**
 * Vintages by publication (issue #23): two World Bank releases of the population series, written for the test in the
 * bulk CSV layout (src/test/resources/publishers/worldbank; test values), answered as published on a date (ALFRED),
 * as first released, with both dates in the history; and a claim of the corpus's 2019 document judged against 2019
 * data and against today's.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class VintageTest {

    static final String POP = "/api/v1/indicators/SP.POP.TOTL/observations";

    @BeforeEach
    void twoReleases() throws Exception {
        Fixtures.clean();
        // the later release is imported first: what a vintage answers depends on release dates, not on import order
        importPublished("worldbank/API_SP.POP.TOTL_DS2_en_csv_v2_2024.csv", "text/csv").statusCode(200)
                .body("release", equalTo("2024-12-16"), "releaseDate", equalTo("2024-12-16"), "new", equalTo(16));
        importPublished("worldbank/API_SP.POP.TOTL_DS2_en_csv_v2_2019.csv", "text/csv").statusCode(200)
                .body("releaseDate", equalTo("2019-07-01"), "revised", equalTo(4), "unchanged", equalTo(2));
    }

    @Test
    void aVintageAnswersWhatWasPublishedThenAndFirstReleaseTheFirstValue() {
        given().queryParam("country", "MLI").queryParam("from", "2018").queryParam("to", "2019").queryParam("vintage", "2019-12-31")
                .when().get(POP).then().statusCode(200)
                .body("items.period", contains("2018"), "items[0].value", equalTo(18600000),
                        "items[0].releaseDate", equalTo("2019-07-01"));
        given().queryParam("country", "MLI").queryParam("from", "2018").queryParam("to", "2019").queryParam("vintage", "2025")
                .when().get(POP).then().statusCode(200)
                .body("items.period", contains("2018", "2019"), "items[0].value", equalTo(20300000),
                        "items[0].releaseDate", equalTo("2024-12-16"));
        // before the first release nothing was published; by the 2019 release only its years
        given().queryParam("country", "MLI").queryParam("vintage", "2019-06-30").when().get(POP).then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("country", "MLI").queryParam("firstRelease", "true").when().get(POP).then().statusCode(200)
                .body("items.period", contains("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"),
                        "items[2].value", equalTo(18600000), "items[2].releaseDate", equalTo("2019-07-01"),
                        "items[3].releaseDate", equalTo("2024-12-16"));
        // Senegal 2016 was published the same in both releases: one revision, released in 2024 as far as Corridor
        // knows (the 2019 file repeated it unchanged, which adds no revision)
        given().queryParam("country", "SEN").queryParam("from", "2016").queryParam("to", "2016").queryParam("vintage", "2019-12-31")
                .when().get(POP).then().statusCode(200).body("total", equalTo(0));
        // the latest by default: what Corridor recorded last (here the older release, imported second)
        given().queryParam("country", "MLI").queryParam("from", "2018").queryParam("to", "2018").when().get(POP).then()
                .statusCode(200).body("items[0].revision", equalTo(2), "items[0].releaseDate", equalTo("2019-07-01"));
    }

    @Test
    void oneObservationByVintageAndItsHistoryWithBothDates() {
        int id = given().queryParam("country", "MLI").queryParam("from", "2018").queryParam("to", "2018").when().get(POP)
                .then().statusCode(200).extract().path("items[0].id");
        given().queryParam("vintage", "2020-01-01").when().get(POP + "/" + id).then().statusCode(200)
                .body("value", equalTo(18600000), "release", equalTo("2019-07-01"));
        given().queryParam("vintage", "2024-12-16").when().get(POP + "/" + id).then().statusCode(200)
                .body("value", equalTo(20300000));
        given().queryParam("vintage", "2019-06-30").when().get(POP + "/" + id).then().statusCode(404)
                .body("detail", containsString("published by 2019-06-30"));
        given().queryParam("firstRelease", "true").when().get(POP + "/" + id).then().statusCode(200)
                .body("value", equalTo(18600000));
        given().when().get(POP + "/" + id + "/history").then().statusCode(200)
                .body("revision", contains(1, 2), "releaseDate", contains("2024-12-16", "2019-07-01"),
                        "recordedAt[0]", notNullValue(), "recordedAt[1]", notNullValue());
    }

    @Test
    void badVintagesAndReleasesAreNamed() {
        given().queryParam("vintage", "2019-13-01").when().get(POP).then().statusCode(400)
                .body("errors[0].field", equalTo("vintage"));
        given().queryParam("vintage", "yesterday").when().get(POP + "/1").then().statusCode(400)
                .body("errors[0].field", equalTo("vintage"));
        importPublished("worldbank/API_SP.POP.TOTL_DS2_en_csv_v2_2019.csv", "text/csv", "release", "WDI July 2019")
                .statusCode(400).body("errors[0].field", equalTo("release"));
        Fixtures.importFile(Fixtures.worldBankCsv("last summer", "\"Mali\",\"MLI\"," + Fixtures.GDP + ",\"1\",\"\",\"\",\"\",\"\""),
                "text/csv").statusCode(422).body("errors[0].field", equalTo("Last Updated Date"), "errors[0].row", equalTo(3));
    }

    /** A figure of the corpus's 2019 document (manifest date 2019): its population of "18,5 millions" for 2018. */
    @Test
    void aClaimOfA2019DocumentIsJudgedAgainst2019DataAndAgainstTodays() throws Exception {
        CSVRecord figure = corpus("facts/figures.csv", "indicator", "population");
        String document = figure.get("document");
        String date = corpus("manifest.csv", "file", document).get("date");
        assertEquals("2019", date);
        // "18,5 millions" as the document writes it: 18.5 million persons
        Map<String, Object> claim = new HashMap<>(Map.of("indicator", "SP.POP.TOTL", "country", figure.get("country"),
                "period", figure.get("period"), "value", new java.math.BigDecimal("18.5"), "unit", "million persons"));

        claim.put("vintage", date);
        var then = given().contentType(ContentType.JSON).body(claim).when().post("/api/v1/claims/check").then().statusCode(200)
                .body("verdict", equalTo("consistent"), "vintage", equalTo("2019-12-31"),
                        "reference.value", equalTo(18600000), "reference.release", equalTo("2019-07-01"),
                        "reference.releaseDate", equalTo("2019-07-01"))
                .extract().path("reference.observationId");
        // as of today: the latest release by date (the 2019 file, imported last, is the latest recorded revision)
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        claim.put("vintage", today);
        var now = given().contentType(ContentType.JSON).body(claim).when().post("/api/v1/claims/check").then().statusCode(200)
                .body("verdict", equalTo("discrepant"), "vintage", equalTo(today), "reference.value", equalTo(20300000),
                        "reference.releaseDate", equalTo("2024-12-16"), "reference.revision", equalTo(1))
                .extract().path("reference.observationId");
        assertEquals(then, now); // one observation, two vintages
        claim.remove("vintage");
        given().contentType(ContentType.JSON).body(claim).when().post("/api/v1/claims/check").then().statusCode(200)
                .body("vintage", nullValue(), "reference.revision", equalTo(2)); // no vintage: the latest recorded

        // stored with the document's date, the claim carries both verdicts
        claim.putAll(Map.of("document", document, "quote", figure.get("quote"), "documentDate", date));
        given().contentType(ContentType.JSON).body(claim).when().post("/api/v1/claims").then().statusCode(201)
                .body("documentDate", equalTo("2019-12-31"), "verdict.vintage", equalTo("2019-12-31"),
                        "verdict.verdict", equalTo("consistent"), "verdict.reference.releaseDate", equalTo("2019-07-01"),
                        "currentVerdict.verdict", equalTo("discrepant"), "currentVerdict.vintage", equalTo(today),
                        "currentVerdict.reference.releaseDate", equalTo("2024-12-16"));
        var listed = given().queryParam("document", document).when().get("/api/v1/claims").then().statusCode(200)
                .body("items[0].verdict.verdict", equalTo("consistent")).extract().path("items[0].id");
        given().queryParam("vintage", "2025-01-01").when().get("/api/v1/claims/" + listed).then().statusCode(200)
                .body("verdict.vintage", equalTo("2025-01-01"), "verdict.verdict", equalTo("discrepant"));
        claim.put("documentDate", "sometime");
        given().contentType(ContentType.JSON).body(claim).when().post("/api/v1/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("documentDate"));
        assertNotEquals(null, listed);
    }

    static CSVRecord corpus(String file, String column, String value) throws Exception {
        Path path = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"), file);
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords().stream()
                    .filter(r -> r.get(column).equals(value)).findFirst().orElseThrow();
        }
    }
}
