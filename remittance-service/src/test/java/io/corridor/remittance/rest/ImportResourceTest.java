package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.GDP;
import static io.corridor.remittance.rest.Fixtures.REMITTANCES;
import static io.corridor.remittance.rest.Fixtures.count;
import static io.corridor.remittance.rest.Fixtures.importFile;
import static io.corridor.remittance.rest.Fixtures.worldBankCsv;
import static io.corridor.remittance.rest.Fixtures.worldBankJson;
import static io.corridor.remittance.rest.Fixtures.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class ImportResourceTest {

    @BeforeEach
    void clean() throws Exception {
        Fixtures.clean();
    }

    @Test
    void worldBankCsvImportsOneObservationPerYearCellAndReimportChangesNothing() throws Exception {
        String file = worldBankCsv("2025-01-28",
                "\"Mali\",\"MLI\"," + REMITTANCES + ",\"1004000000\",\"1010000000\",\"\",\"1100000000\",\"1867000000\"",
                "\"Senegal\",\"SEN\"," + REMITTANCES + ",\"2500000000\",\"2600000000\",\"2700000000\",\"2800000000\",\"2900000000\"",
                "\"Sub-Saharan Africa\",\"SSF\"," + REMITTANCES + ",\"48000000000\",\"\",\"\",\"\",\"\"");
        importFile(file, "text/csv", "fileName", "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv").statusCode(200)
                .body("format", equalTo("wb-csv"), "rows", equalTo(15), "new", equalTo(10), "revised", equalTo(0),
                        "unchanged", equalTo(0), "missing", equalTo(5), "release", equalTo("2025-01-28"),
                        "source", equalTo("World Bank, World Development Indicators"), "importedBy", equalTo("curator"));
        importFile(file, "text/csv").statusCode(200)
                .body("new", equalTo(0), "revised", equalTo(0), "unchanged", equalTo(10), "missing", equalTo(5));
        assertEquals(10, count("select count(*) from observation_revision"));

        given().queryParam("country", "MLI").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                .statusCode(200).body("total", equalTo(4), "items.period", contains("2019", "2020", "2022", "2023"),
                        "items[3].value", equalTo(1867000000), "items[3].release", equalTo("2025-01-28"),
                        "items[3].provenance.fileName", equalTo("API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv"),
                        "items[3].provenance.row", equalTo(6), "items[3].kind", equalTo("dataset"));
    }

    @Test
    void worldBankJsonImportsTheRowsArrayAndNullsAreMissing() {
        String file = worldBankJson("2025-01-28", "NY.GDP.MKTP.CD", "GDP (current US$)",
                "MLI", "2023", "20900000000", "MLI", "2022", "18800000000", "MLI", "2021", "null");
        importFile(file, "application/json").statusCode(200)
                .body("format", equalTo("wb-json"), "rows", equalTo(3), "new", equalTo(2), "missing", equalTo(1));
        given().queryParam("country", "MLI").queryParam("from", "2023").when()
                .get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then().statusCode(200)
                .body("items.period", contains("2023"), "items[0].provenance.row", equalTo(1));
    }

    @Test
    void desaCsvStoresOriginAsCountryAndDestinationAsCounterpartAndRanksDestinations() {
        String file = """
                destination,origin,year,sex,value
                CIV,MLI,2024,Both sexes,403646
                NGA,MLI,2024,Both sexes,184965
                FRA,MLI,2024,Both sexes,120393
                NER,MLI,2024,Both sexes,140431
                FRA,MLI,2024,Female,55000
                """;
        importFile(file, "text/csv").statusCode(200).body("format", equalTo("desa-csv"), "new", equalTo(5),
                "source", equalTo("UN DESA, International Migrant Stock"));
        given().queryParam("country", "MLI").queryParam("limit", 3).when()
                .get("/api/v1/indicators/UNDESA.IMS.BILATERAL/counterparts").then().statusCode(200)
                .body("counterpart", contains("CIV", "NGA", "NER"), "value", contains(403646, 184965, 140431));
        given().queryParam("country", "MLI").queryParam("sex", "female").when()
                .get("/api/v1/indicators/UNDESA.IMS.BILATERAL/observations").then().statusCode(200)
                .body("items.counterpart", contains("FRA"));
    }

    @Test
    void desaCsvWithM49NumbersIsStoredAndQueriedAsAlpha3() {
        // UN DESA's tables name countries by M49 number (Mali 466, Côte d'Ivoire 384, France 250, Niger 562)
        String file = """
                Destination code,Origin code,Year,Sex,Value
                384,466,2020,Both sexes,390000
                250,466,2020,Both sexes,115000
                562,466,2020,Both sexes,136000
                384,4,2020,Both sexes,12
                """;
        importFile(file, "text/csv").statusCode(200).body("format", equalTo("desa-csv"), "new", equalTo(4));
        given().queryParam("country", "MLI").when().get("/api/v1/indicators/UNDESA.IMS.BILATERAL/counterparts").then()
                .statusCode(200).body("counterpart", contains("CIV", "NER", "FRA"), "country", hasItem("MLI"));
        // queries take the same forms: alpha-2 and M49 name the same series
        for (String mali : new String[] { "ML", "466", "mli" }) {
            given().queryParam("country", mali).queryParam("counterpart", "CI").when()
                    .get("/api/v1/indicators/UNDESA.IMS.BILATERAL/observations").then().statusCode(200)
                    .body("items.country", contains("MLI"), "items.counterpart", contains("CIV"));
        }
        given().queryParam("country", "AFG").when().get("/api/v1/indicators/UNDESA.IMS.BILATERAL/observations").then()
                .body("items.counterpart", contains("CIV"));
        // importing the same figures under alpha-3 changes nothing: they are the same observations
        importFile("destination,origin,year,sex,value\nCIV,MLI,2020,Both sexes,390000\n", "text/csv").statusCode(200)
                .body("unchanged", equalTo(1), "new", equalTo(0));
    }

    @Test
    void alpha2CodesAreStoredAsAlpha3AndWorldBankAggregatesStay() {
        String json = worldBankJson("2025-01-28", "BX.TRF.PWKR.CD.DT", "Personal remittances, received (current US$)",
                "ML", "2022", "1100000000", "SN", "2022", "2700000000", "WLD", "2022", "831000000000", "SSF", "2022",
                "54000000000");
        importFile(json, "application/json").statusCode(200).body("new", equalTo(4));
        given().queryParam("country", "MLI").when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                .statusCode(200).body("items.country", contains("MLI"), "items.period", contains("2022"));
        for (String code : new String[] { "SEN", "WLD", "SSF" }) {
            given().queryParam("country", code).when().get("/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations").then()
                    .statusCode(200).body("items.country", contains(code));
        }
    }

    @Test
    void regionsAndOneCountryUnderTwoCodesAreRowProblems() throws Exception {
        String file = """
                destination,origin,year,sex,value
                CIV,MLI,2020,Both sexes,390000
                CI,ML,2020,Both sexes,390000
                202,MLI,2020,Both sexes,700000
                900,MLI,2020,Both sexes,1300000
                """;
        importFile(file, "text/csv").statusCode(422).contentType("application/problem+json")
                .body("errors.row", contains(3, 4, 5), "errors.field", contains("key", "destination", "destination"))
                .body("errors[0].message", containsString("duplicates row 2"))
                .body("errors[1].message", containsString("Sub-Saharan Africa"), "errors[1].message", containsString("not a country"))
                .body("errors[2].value", equalTo("900"), "errors[2].message", containsString("UN M49"));
        assertEquals(0, count("select count(*) from observation"));
        given().queryParam("country", "202").when().get("/api/v1/indicators/UNDESA.IMS.BILATERAL/observations").then()
                .statusCode(400).body("errors.field", contains("country"));
    }

    @Test
    void sdmxCsvWithLabelledHeadersAndStatuses() {
        String file = """
                DATAFLOW,REF_AREA: Reference area,INDICATOR: Indicator,SEX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT
                WB:WDI(1.0),MLI,SP.POP.TOTL,_T,2022,22600000,A,0
                WB:WDI(1.0),MLI,SP.POP.TOTL,_T,2023,23300000,E,0
                WB:WDI(1.0),MLI,SP.POP.TOTL,_T,2024-Q1,23400000,P,0
                """;
        importFile(file, "text/csv", "format", "sdmx-csv").statusCode(200).body("format", equalTo("sdmx-csv"),
                "new", equalTo(3), "source", equalTo("WB:WDI(1.0)"));
        given().queryParam("country", "MLI").when().get("/api/v1/indicators/SP.POP.TOTL/observations").then()
                .statusCode(200).body("items.status", contains("normal", "estimate", "provisional"),
                        "items[2].period", equalTo("2024-Q1"), "items[2].periodEnd", equalTo("2024-03-31"));
    }

    @Test
    void anyBadRowImportsNothingAndEveryProblemIsListed() throws Exception {
        String file = """
                destination,origin,year,sex,value
                CIV,MLI,2024,Both sexes,403646
                XYZ,MLI,2024,Both sexes,184965
                NER,MLI,2024,Both sexes,14O431
                MRT,MLI,2024-13,Both sexes,122945
                FRA,MLI,2008/2002,Both sexes,120393
                CIV,MLI,2024,Both sexes,403646
                """;
        importFile(file, "text/csv").statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("5 problems"), "errors", hasSize(5),
                        "errors.row", contains(3, 4, 5, 6, 7),
                        "errors.field", contains("destination", "value", "year", "year", "key"),
                        "errors.value", hasItem("14O431"),
                        "errors[4].message", containsString("duplicates row 2"));
        assertEquals(0, count("select count(*) from observation"));
        assertEquals(0, count("select count(*) from import"));
    }

    @Test
    void unknownIndicatorIs422UnlessTheRequestCreatesIt() throws Exception {
        String file = worldBankCsv("2025-01-28",
                "\"Mali\",\"MLI\",\"Net migration\",\"SM.POP.NETM\",\"-100000\",\"-80000\",\"\",\"\",\"\"");
        importFile(file, "text/csv").statusCode(422)
                .body("errors[0].field", equalTo("indicator"), "errors[0].value", equalTo("SM.POP.NETM"),
                        "errors[0].row", equalTo(6));
        assertEquals(0, count("select count(*) from indicator where code = 'SM.POP.NETM'"));
        importFile(file, "text/csv", "createIndicators", "true").statusCode(200).body("new", equalTo(2));
        given().when().get("/api/v1/indicators/SM.POP.NETM").then().statusCode(200)
                .body("nameEn", equalTo("Net migration"), "unit", equalTo("unspecified"));
    }

    @Test
    void jsonThatIsNotWorldBankShapeIs422() {
        importFile("{\"data\":[1,2,3]}", "application/json").statusCode(422).body("errors[0].message",
                containsString("World Bank"));
        importFile("[{\"message\":[{\"id\":\"120\",\"key\":\"Invalid value\"}]}]", "application/json").statusCode(422)
                .body("errors[0].message", containsString("error answer"));
        importFile("[{\"page\":1,\"total\":1},[{\"indicator\":{\"id\":\"NY.GDP.MKTP.CD\"},\"countryiso3code\":\"MLI\",\"date\":\"2023\",\"value\":\"lots\"}]]",
                "application/json").statusCode(422).body("errors[0].field", equalTo("value"), "errors[0].row", equalTo(1));
        importFile("hello,world\n1,2\n", "text/csv").statusCode(422).body("errors.field", hasItem("format"));
    }

    @Test
    void aChangedValueIsANewRevisionAndAsOfAnswersWhatWasKnownThen() throws Exception {
        importFile(worldBankCsv("2024-07-01", "\"Mali\",\"MLI\"," + GDP + ",\"\",\"\",\"\",\"18800000000\",\"20000000000\""),
                "text/csv").statusCode(200).body("new", equalTo(2));
        var before = Fixtures.databaseNow();
        Thread.sleep(20);
        importFile(worldBankCsv("2025-01-28", "\"Mali\",\"MLI\"," + GDP + ",\"\",\"\",\"\",\"18800000000\",\"20900000000\""),
                "text/csv").statusCode(200).body("new", equalTo(0), "revised", equalTo(1), "unchanged", equalTo(1));

        int id = given().queryParam("country", "MLI").queryParam("from", "2023").when()
                .get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then().statusCode(200)
                .body("items[0].value", equalTo(20900000000L), "items[0].revision", equalTo(2),
                        "items[0].release", equalTo("2025-01-28"))
                .extract().path("items[0].id");
        given().queryParam("country", "MLI").queryParam("from", "2023").queryParam("asOf", before.toString()).when()
                .get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then().statusCode(200)
                .body("items[0].value", equalTo(20000000000L), "items[0].revision", equalTo(1),
                        "items[0].release", equalTo("2024-07-01"));
        given().queryParam("asOf", "2000-01-01").when().get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then()
                .statusCode(200).body("total", equalTo(0));
        given().when().get("/api/v1/indicators/NY.GDP.MKTP.CD/observations/" + id + "/history").then().statusCode(200)
                .body("revision", contains(1, 2), "value", contains(20000000000L, 20900000000L),
                        "release", contains("2024-07-01", "2025-01-28"));
    }

    @Test
    void observationsAsCsvAndBadParametersNamed() {
        importFile(worldBankCsv("2025-01-28", "\"Mali\",\"MLI\"," + GDP + ",\"\",\"\",\"\",\"18800000000\",\"20900000000\""),
                "text/csv").statusCode(200);
        String csv = given().accept("text/csv").queryParam("country", "MLI").when()
                .get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertEquals(3, csv.lines().count());
        org.hamcrest.MatcherAssert.assertThat(csv, allOf(containsString("id,indicator,country"),
                containsString("NY.GDP.MKTP.CD,MLI,,2023,2023-01-01,2023-12-31,total,20900000000,normal")));
        given().queryParam("country", "Mali").when().get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then()
                .statusCode(400).body("errors.field", hasItem("country"));
        given().queryParam("asOf", "yesterday").when().get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then()
                .statusCode(400).body("errors.field", hasItem("asOf"));
        given().queryParam("from", "2023-Q5").when().get("/api/v1/indicators/NY.GDP.MKTP.CD/observations").then()
                .statusCode(400).body("errors.field", hasItem("from"));
        given().when().get("/api/v1/indicators/NO.SUCH.CODE/observations").then().statusCode(404);
    }

    @Test
    void aLargeWideFileStreamsThroughSeveralCopyChunks() throws Exception {
        // Every ISO country × 64 years × 4 indicators: about 64,000 observations, several 1 MB COPY chunks.
        String[] countries = java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3)
                .toArray(String[]::new);
        StringBuilder file = new StringBuilder("\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2025-01-28\",\n\n\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
        for (int year = 1960; year < 2024; year++) {
            file.append(",\"").append(year).append('"');
        }
        file.append(",\n");
        for (int i = 0; i < 4; i++) {
            for (String country : countries) {
                file.append("\"").append(country).append("\",\"").append(country).append("\",\"Generated series ").append(i)
                        .append("\",\"TEST.GEN.").append(i).append('"');
                for (int year = 1960; year < 2024; year++) {
                    file.append(",\"").append(1_000_000L * (i + 1) + year * 13L + country.charAt(0)).append('"');
                }
                file.append(",\n");
            }
        }
        long expected = 4L * countries.length * 64;
        importFile(file.toString(), "text/csv", "createIndicators", "true").statusCode(200)
                .body("rows", equalTo((int) expected), "new", equalTo((int) expected));
        assertEquals(expected, count("select count(*) from observation_revision"));
        importFile(file.toString(), "text/csv").statusCode(200).body("unchanged", equalTo((int) expected), "new", equalTo(0));
    }

    @TestHTTPResource("/api/v1/indicators/imports")
    java.net.URI imports;

    @Test
    void aGeneratedFileOf200000RowsStreamsInWithoutALength() throws Exception {
        // a UN DESA file made as it is sent (never held whole, even here), posted chunked, length unknown
        java.util.List<String> codes = java.util.List.of(java.util.Locale.getISOCountries(
                java.util.Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new));
        int pairs = codes.size() * codes.size();
        int rows = 200_000;
        java.io.InputStream body = new java.io.InputStream() {
            private byte[] line = "destination,origin,year,sex,value\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            private int at;
            private int next;

            @Override
            public int read() {
                while (at == line.length) {
                    if (next == rows) {
                        return -1;
                    }
                    int pair = next % pairs;
                    line = (codes.get(pair / codes.size()) + "," + codes.get(pair % codes.size()) + "," + (2000 + 5 * (next / pairs))
                            + ",Both sexes," + (1000 + next) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    at = 0;
                    next++;
                }
                return line[at++] & 0xff;
            }
        };
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(imports)
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"rows\":" + rows) && response.body().contains("\"new\":" + rows), response.body());
        assertEquals(rows, count("select count(*) from observation"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readersCannotImport() {
        importFile("destination,origin,year,sex,value\nCIV,MLI,2024,Both sexes,1\n", "text/csv").statusCode(403);
    }
}
