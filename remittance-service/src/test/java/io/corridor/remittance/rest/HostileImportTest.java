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
