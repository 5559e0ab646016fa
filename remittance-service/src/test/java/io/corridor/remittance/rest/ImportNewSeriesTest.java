package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.GDP;
import static io.corridor.remittance.rest.Fixtures.count;
import static io.corridor.remittance.rest.Fixtures.given;
import static io.corridor.remittance.rest.Fixtures.importFile;
import static io.corridor.remittance.rest.Fixtures.worldBankCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Imports of indicators the source has no observation of yet go straight from staging into the
 * tables (no key matching); indicators it has are merged. These tests hold both paths to the same
 * rules: vintages, idempotent re-import, counts, and a 422 that leaves nothing stored.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class ImportNewSeriesTest {

    private static final String MIGRANTS = "\"International migrant stock, total\",\"SM.POP.TOTL\"";

    @BeforeEach
    void clean() throws Exception {
        Fixtures.clean();
    }

    @Test
    void aNewSeriesIsStoredWithEachValueOnItsOwnObservationAndReimportChangesNothing() throws Exception {
        String file = worldBankCsv("2025-01-28",
                "\"Mali\",\"MLI\"," + GDP + ",\"17100000000\",\"17400000000\",\"\",\"18800000000\",\"20900000000\"",
                "\"Senegal\",\"SEN\"," + GDP + ",\"23400000000\",\"24500000000\",\"27600000000\",\"27700000000\",\"31000000000\"");
        importFile(file, "text/csv", "fileName", "gdp.csv").statusCode(200)
                .body("rows", equalTo(10), "new", equalTo(9), "missing", equalTo(1), "revised", equalTo(0), "unchanged", equalTo(0));
        // every revision belongs to the observation of its own country and year, with its file row
        given().queryParam("country", "SEN").when().get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then()
                .statusCode(200).body("total", equalTo(5), "items.period", contains("2019", "2020", "2021", "2022", "2023"),
                        "items.value", contains(23400000000L, 24500000000L, 27600000000L, 27700000000L, 31000000000L),
                        "items.provenance.row", everyItem(equalTo(7)), "items.revision", everyItem(equalTo(1)));
        given().queryParam("country", "MLI").when().get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then()
                .statusCode(200).body("items.period", contains("2019", "2020", "2022", "2023"),
                        "items.value", contains(17100000000L, 17400000000L, 18800000000L, 20900000000L));
        assertEquals(0, count("""
                select count(*) from observation_revision r join observation o on o.id = r.observation_id
                 where r.file_row <> case o.country when 'MLI' then 6 else 7 end"""));

        importFile(file, "text/csv").statusCode(200)
                .body("rows", equalTo(10), "new", equalTo(0), "revised", equalTo(0), "unchanged", equalTo(9), "missing", equalTo(1));
        assertEquals(9, count("select count(*) from observation"));
        assertEquals(9, count("select count(*) from observation_revision"));
    }

    @Test
    void aChangedValueOnANewlyImportedSeriesIsASecondRevision() throws Exception {
        importFile(worldBankCsv("2024-07-01", "\"Mali\",\"MLI\"," + GDP + ",\"\",\"\",\"\",\"18800000000\",\"20000000000\""),
                "text/csv").statusCode(200).body("new", equalTo(2));
        importFile(worldBankCsv("2025-01-28", "\"Mali\",\"MLI\"," + GDP + ",\"\",\"\",\"\",\"18800000000\",\"20900000000\""),
                "text/csv").statusCode(200).body("new", equalTo(0), "revised", equalTo(1), "unchanged", equalTo(1));
        int id = given().queryParam("country", "MLI").queryParam("from", "2023").when()
                .get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then().statusCode(200)
                .body("items[0].revision", equalTo(2), "items[0].release", equalTo("2025-01-28"))
                .extract().path("items[0].id");
        given().when().get("/api/v1/indicators/NY.GDP.MKTP.CD/observations/" + id + "/history").then().statusCode(200)
                .body("revision", contains(1, 2), "value", contains(20000000000L, 20900000000L));
    }

    @Test
    void aFileOfAKnownAndANewIndicatorMergesOneAndInsertsTheOther() throws Exception {
        importFile(worldBankCsv("2024-07-01", "\"Mali\",\"MLI\"," + GDP + ",\"\",\"\",\"\",\"18800000000\",\"20000000000\""),
                "text/csv").statusCode(200).body("new", equalTo(2));
        String mixed = worldBankCsv("2025-01-28",
                "\"Mali\",\"MLI\"," + GDP + ",\"\",\"\",\"17900000000\",\"18800000000\",\"20900000000\"",
                "\"Mali\",\"MLI\"," + MIGRANTS + ",\"\",\"485000\",\"\",\"\",\"\"",
                "\"Senegal\",\"SEN\"," + MIGRANTS + ",\"\",\"275000\",\"\",\"\",\"\"");
        // GDP: 2021 new, 2022 unchanged, 2023 revised, 2 missing; migrants: 2 new, 8 missing
        importFile(mixed, "text/csv").statusCode(200).body("rows", equalTo(15), "new", equalTo(3), "revised", equalTo(1),
                "unchanged", equalTo(1), "missing", equalTo(10));
        given().queryParam("country", "SEN").when().get("/api/v1/indicators/SM.POP.TOTL/observations").then()
                .statusCode(200).body("items.period", contains("2020"), "items.value", contains(275000),
                        "items.provenance.row", contains(8));
        importFile(mixed, "text/csv").statusCode(200)
                .body("new", equalTo(0), "revised", equalTo(0), "unchanged", equalTo(5), "missing", equalTo(10));
        assertEquals(6, count("select count(*) from observation_revision"));
    }

    @Test
    void repeatedKeysAre422OnEitherPathAndNothingIsStored() throws Exception {
        importFile(worldBankCsv("2024-07-01", "\"Mali\",\"MLI\"," + GDP + ",\"\",\"\",\"\",\"18800000000\",\"20000000000\""),
                "text/csv").statusCode(200);
        // a new indicator's line twice: each of its five keys, missing values included
        importFile(worldBankCsv("2025-01-28",
                "\"Mali\",\"MLI\"," + MIGRANTS + ",\"\",\"485000\",\"\",\"\",\"\"",
                "\"Mali\",\"MLI\"," + MIGRANTS + ",\"\",\"485001\",\"\",\"\",\"\""), "text/csv").statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("5 problems"), "errors", hasSize(5), "errors.row", everyItem(equalTo(7)),
                        "errors.field", everyItem(equalTo("key")), "errors[0].message", containsString("duplicates row 6"));
        // a known indicator's line twice, next to a new indicator
        importFile(worldBankCsv("2025-01-28",
                "\"Mali\",\"MLI\"," + GDP + ",\"\",\"\",\"\",\"18800000000\",\"20900000000\"",
                "\"Mali\",\"MLI\"," + MIGRANTS + ",\"\",\"485000\",\"\",\"\",\"\"",
                "\"Mali\",\"MLI\"," + GDP + ",\"\",\"\",\"\",\"\",\"20900000000\""), "text/csv").statusCode(422)
                .body("errors", hasSize(5), "errors.row", everyItem(equalTo(8)), "errors.value", hasItem("NY.GDP.MKTP.CD MLI 2023 total"));
        assertEquals(2, count("select count(*) from observation"));
        assertEquals(2, count("select count(*) from observation_revision"));
        assertEquals(1, count("select count(*) from import"));
    }

    @Test
    void aProblemInTheLastRowsOfALargeFileLeavesNothingStored() throws Exception {
        String[] countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new);
        StringBuilder body = new StringBuilder(header());
        int lines = 0;
        for (int i = 0; i < 2; i++) {
            for (String country : countries) {
                body.append(line(country, "TEST.LATE." + i, i));
                lines++;
            }
        }
        String rows = body.toString();
        // the first line's series again at the very end: every one of its 64 keys is repeated
        String repeated = rows + line(countries[0], "TEST.LATE.0", 9);
        int lastRow = 6 + lines;
        importFile(repeated, "text/csv", "createIndicators", "true").statusCode(422)
                .body("detail", containsString("64 problems"), "errors", hasSize(64),
                        "errors.row", everyItem(equalTo(lastRow)), "errors[0].message", containsString("duplicates row 6"));
        assertNothingStored();
        // a bad cell in the last row: the rows before it were staged, none are kept
        String bad = rows + line(countries[0], "TEST.LATE.9", 0).replaceFirst(",\"1", ",\"x1");
        importFile(bad, "text/csv", "createIndicators", "true").statusCode(422)
                .body("errors", hasSize(1), "errors[0].row", equalTo(lastRow), "errors[0].field", equalTo("1960"));
        assertNothingStored();
        // and the file without the fault goes in whole
        importFile(rows, "text/csv", "createIndicators", "true").statusCode(200)
                .body("new", equalTo(lines * 64), "rows", equalTo(lines * 64));
    }

    private static void assertNothingStored() throws Exception {
        assertEquals(0, count("select count(*) from observation"));
        assertEquals(0, count("select count(*) from observation_revision"));
        assertEquals(0, count("select count(*) from import"));
        assertEquals(0, count("select count(*) from indicator where code like 'TEST.LATE.%'"));
    }

    private static String header() {
        StringBuilder s = new StringBuilder("\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2025-01-28\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
        for (int year = 1960; year < 2024; year++) {
            s.append(",\"").append(year).append('"');
        }
        return s.append(",\n").toString();
    }

    private static String line(String country, String indicator, int salt) {
        StringBuilder s = new StringBuilder("\"").append(country).append("\",\"").append(country)
                .append("\",\"Generated series\",\"").append(indicator).append('"');
        for (int year = 1960; year < 2024; year++) {
            s.append(",\"").append(1_000_000L + year * 13L + salt).append('"');
        }
        return s.append(",\n").toString();
    }
}
