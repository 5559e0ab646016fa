package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.given;
import static io.corridor.remittance.rest.Fixtures.importFile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
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

/**
 * Issue #20: the observations' CSV carries what clients wrote (documents, sources cited, file names, annotations);
 * a cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is written with a
 * leading single quote (OWASP CSV injection), while figures stay numbers, negative ones included.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class CsvExportTest {

    private static final String OBSERVATIONS = "/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations";

    @BeforeEach
    void clean() throws Exception {
        Fixtures.clean();
    }

    @Test
    void cellsAFormulaWouldStartWithAreQuotedAndFiguresStayNumbers() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("country", "MLI", "period", "2019", "value", -5,
                "document", "=HYPERLINK(\"http://example.org\",\"x\")", "sourceCited", "@SUM(A1)", "annotation", "\t1"))
                .when().post(OBSERVATIONS).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("country", "MLI", "period", "2020", "value", 7,
                "document", "notes.md", "annotation", "\rx")).when().post(OBSERVATIONS).then().statusCode(201);
        importFile("destination,origin,year,sex,value\nCIV,MLI,2024,Both sexes,-2.5\n", "text/csv", "indicator",
                "BX.TRF.PWKR.CD.DT", "fileName", "-cmd.csv", "source", "+Source").statusCode(200);
        String csv = given().accept("text/csv").queryParam("size", 10).when().get(OBSERVATIONS).then().statusCode(200)
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(3, rows.size(), csv);
        CSVRecord stated = row(rows, "2019");
        assertEquals("'=HYPERLINK(\"http://example.org\",\"x\")", stated.get("source"));
        assertEquals("'=HYPERLINK(\"http://example.org\",\"x\")", stated.get("document"));
        assertEquals("'@SUM(A1)", stated.get("release"));
        assertEquals("'\t1", stated.get("annotation"));
        assertEquals("-5", stated.get("value"));
        assertEquals("'\rx", row(rows, "2020").get("annotation"));
        CSVRecord imported = row(rows, "2024");
        assertEquals("'-cmd.csv", imported.get("file_name"));
        assertEquals("'+Source", imported.get("source"));
        assertEquals("-2.5", imported.get("value"));
    }

    private static CSVRecord row(List<CSVRecord> rows, String period) {
        return rows.stream().filter(r -> r.get("period").equals(period)).findFirst().orElseThrow();
    }
}
