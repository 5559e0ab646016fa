package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.count;
import static io.corridor.remittance.rest.Fixtures.importFile;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The importers' fuzz seeds (src/test/resources/io/corridor/remittance/fuzz/*Inputs, kept with every
 * finding) replayed through the real import into PostgreSQL: none may answer a 5xx, and a file that is
 * refused must leave no observation, revision, import record or created indicator behind.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class HostileImportTest {

    private static final Path SEEDS = Path.of("src/test/resources/io/corridor/remittance/fuzz");

    @Test
    void everySeedIsImportedOrRefusedWithNothingStored() throws Exception {
        int refused = 0;
        int imported = 0;
        for (String[] target : new String[][] { { "WorldBankJsonReaderFuzzTestInputs", "wb-json" },
                { "WorldBankCsvReaderFuzzTestInputs", "wb-csv" }, { "DesaCsvReaderFuzzTestInputs", "desa-csv" },
                { "SdmxCsvReaderFuzzTestInputs", "sdmx-csv" } }) {
            for (Path seed : seeds(target[0])) {
                Fixtures.clean();
                long indicators = count("select count(*) from indicator");
                String file = fileOf(seed);
                ExtractableResponse<Response> answer = importFile(file, "text/plain", "format", target[1],
                        "createIndicators", "true", "fileName", seed.getFileName().toString()).extract();
                int status = answer.statusCode();
                assertTrue(status == 200 || (status >= 400 && status < 500), seed + " answered " + status + ": " + answer.asString());
                if (status == 200) {
                    imported++;
                    continue;
                }
                refused++;
                assertTrue(answer.contentType().startsWith("application/problem+json"), seed + ": " + answer.contentType());
                assertEquals(0, count("select count(*) from observation"), seed + " left observations");
                assertEquals(0, count("select count(*) from observation_revision"), seed + " left revisions");
                assertEquals(0, count("select count(*) from import"), seed + " left an import record");
                assertEquals(indicators, count("select count(*) from indicator"), seed + " left indicators");
            }
        }
        // the seeds hold both kinds: real-shaped files that import and hostile ones that must not
        assertTrue(imported >= 4, "imported " + imported);
        assertTrue(refused >= 4, "refused " + refused);
    }

    @Test
    void aBadLastRowRefusesTheRowsBeforeIt() throws Exception {
        Fixtures.clean();
        String file = """
                destination,origin,year,sex,value
                CIV,MLI,2024,Both sexes,403646
                NGA,MLI,2024,Both sexes,184965
                FRA,MLI,2024,Both sexes,1E-999999999
                """;
        importFile(file, "text/csv", "format", "desa-csv").statusCode(422)
                .body("errors[0].row", org.hamcrest.Matchers.equalTo(4), "errors[0].field", not(emptyOrNullString()));
        assertEquals(0, count("select count(*) from observation"));
        assertEquals(0, count("select count(*) from import"));
    }

    /**
     * What a file declares about itself (source, release, an indicator's name) is stored as text: NUL made the import
     * answer 500, a lone surrogate was stored as '?'. Now each is a problem naming its row and column, and nothing
     * of the file is stored.
     */
    @Test
    void textAFileDeclaresMustBeStorableText() throws Exception {
        refused(Fixtures.worldBankCsv("2025-01-28", "\"Mali\",\"MLI\"," + Fixtures.GDP + ",\"1\",\"2\",\"3\",\"4\",\"5\"")
                .replace("World Development Indicators", "World\u0000Development"), "text/csv", 1, "Data Source");
        refused(Fixtures.worldBankCsv("2025-01\u0007-28", "\"Mali\",\"MLI\"," + Fixtures.GDP + ",\"1\",\"2\",\"3\",\"4\",\"5\""),
                "text/csv", 3, "Last Updated Date");
        refused(Fixtures.worldBankCsv("2025-01-28", "\"Mali\",\"MLI\",\"" + "GDP ".repeat(250_000) + "\",\"NEW.CODE\",\"1\",\"\",\"\",\"\",\"\""),
                "text/csv", 6, "Indicator Name");
        // the file is valid UTF-8; its JSON escapes make the lone surrogate and the NUL
        refused(Fixtures.worldBankJson("2025-01-28", "NEW.CODE", "GDP \\ud800", "MLI", "2023", "1"), "application/json", 1,
                "indicator.value");
        refused(Fixtures.worldBankJson("2025-01-28\\u0000", "NY.GDP.MKTP.CD", "GDP", "MLI", "2023", "1"), "application/json", 0,
                "$[0].lastupdated");
        refused("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nWB:WDI\u0000(1.0),MLI,NY.GDP.MKTP.CD,2023,1\n", "text/csv", 2,
                "DATAFLOW");
    }

    /** Hostile cells (NUL, control characters, a million characters) are refused row by row, and echoed briefly. */
    @Test
    void hostileCellsAreRefusedNamingRowAndColumnAndEchoedBriefly() throws Exception {
        String huge = "9".repeat(1_000_000);
        String echoed = refused("destination,origin,year,sex,value\nCIV,MLI,2024,Both sexes,1\nFRA,MLI,2024,Both sexes," + huge + "\n",
                "text/csv", 3, "value").getString("errors[0].value");
        assertTrue(echoed.length() < 300, "echoed " + echoed.length() + " characters");
        refused("destination,origin,year,sex,value\nCIV,M\u0000LI,2024,Both sexes,1\n", "text/csv", 2, "origin");
        refused("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nWB:WDI(1.0),MLI,NY.GDP.MKTP.CD,2023,1\u00002\n", "text/csv", 2,
                "OBS_VALUE");
        refused(Fixtures.worldBankJson("2025-01-28", "NY.GDP.MKTP.CD", "GDP", "MLI", "2023", "\"" + "1".repeat(1_000_000) + "\""),
                "application/json", 1, "value");
    }

    /** Issue #20: curl -F file=@x.csv sends a multipart form, which was read as a file of no known format. */
    @Test
    void aMultipartFormIsRefusedSayingHowToSendTheFile() throws Exception {
        Fixtures.clean();
        String file = "destination,origin,year,sex,value\nCIV,MLI,2024,Both sexes,403646\n";
        io.restassured.RestAssured.given().multiPart("file", "stock.csv", file.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/indicators/imports").then().statusCode(415).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("request body"),
                        "detail", org.hamcrest.Matchers.containsString("text/csv"),
                        "errors[0].field", org.hamcrest.Matchers.equalTo("Content-Type"));
        assertEquals(0, count("select count(*) from observation"));
        assertEquals(0, count("select count(*) from import"));
    }

    /** Imports the file, expects a 422 naming the row and column, and checks that nothing was stored. */
    private static io.restassured.path.json.JsonPath refused(String file, String contentType, long row, String column)
            throws Exception {
        Fixtures.clean();
        long indicators = count("select count(*) from indicator");
        ExtractableResponse<Response> answer = importFile(file, contentType, "createIndicators", "true").extract();
        assertEquals(422, answer.statusCode(), column + ": " + abbreviated(answer.asString()));
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        io.restassured.path.json.JsonPath problem = answer.jsonPath();
        List<Object> rows = problem.getList("errors.row");
        List<String> columns = problem.getList("errors.field");
        assertTrue(columns.contains(column) && rows.contains((int) row), "expected row " + row + " " + column + ": "
                + abbreviated(answer.asString()));
        assertEquals(0, count("select count(*) from observation"), column + " left observations");
        assertEquals(0, count("select count(*) from import"), column + " left an import record");
        assertEquals(indicators, count("select count(*) from indicator"), column + " left indicators");
        return problem;
    }

    private static String abbreviated(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    private static List<Path> seeds(String dir) throws IOException {
        try (Stream<Path> files = Files.list(SEEDS.resolve(dir).resolve("readsAnyFileOrReportsProblems"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A seed is the file followed by the fuzz target's choice bytes (below a tab): drop those. */
    private static String fileOf(Path seed) throws IOException {
        byte[] bytes = Files.readAllBytes(seed);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] >= 0 && bytes[end - 1] < '\t') {
            end--;
        }
        return new String(Arrays.copyOf(bytes, end), StandardCharsets.UTF_8);
    }
}
