package io.corridor.document.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AnnotationCsvTest {

    @Test
    void rowsRoundTripWithTheContractColumns() throws Exception {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-25T10:15:30.123Z");
        String quote = "a \"quoted\" passage, with a comma\nand a line break 😀";
        String csv = AnnotationCsv.write(List.of(
                new ExportRow("http://localhost:8080/api/v1/annotations/6f1c", 7, 2, quote, 120, 171, 3, "identifying",
                        List.of("diaspora", "institutions"), List.of(12L, 40L), "alice", "team", "accepted", at, at.plusHours(1)),
                new ExportRow("http://localhost:8080/api/v1/annotations/77aa", 7, null, null, null, null, null, "replying",
                        List.of(), List.of(), "bob", "public", "accepted", at, at)));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(AnnotationCsv.COLUMNS, records.get(0).getParser().getHeaderNames());
        assertEquals(2, records.size());
        CSVRecord first = records.get(0);
        assertEquals(quote, first.get("quote"));
        assertEquals("120", first.get("start"));
        assertEquals("171", first.get("end"));
        assertEquals("3", first.get("page"));
        assertEquals("diaspora; institutions", first.get("tags"));
        assertEquals("12; 40", first.get("actors"));
        assertEquals("2026-11-25T10:15:30.123Z", first.get("created"));
        assertEquals("", records.get(1).get("version"));
        assertEquals("", records.get(1).get("quote"));
    }

    /** OWASP CSV injection: a spreadsheet runs a cell starting with = + - @ (or TAB, CR) as a formula. */
    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedInEveryColumn() throws Exception {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-25T10:15:30Z");
        String csv = AnnotationCsv.write(List.of(
                new ExportRow("=HYPERLINK(\"http://evil\")", 7, 1, "=1+2", 0, 3, null, "+commenting",
                        List.of("-2+3", "ok"), List.of(), "@SUM(A1)", "\tteam", "\raccepted", at, at),
                new ExportRow("http://localhost:8080/api/v1/annotations/1", 7, 1, "-- a dash is a dash", 0, 3, null,
                        "commenting", List.of("safe"), List.of(), "alice", "team", "accepted", at, at)));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        CSVRecord hostile = records.get(0);
        assertEquals("'=HYPERLINK(\"http://evil\")", hostile.get("id"));
        assertEquals("'=1+2", hostile.get("quote"));
        assertEquals("'+commenting", hostile.get("motivation"));
        assertEquals("'-2+3; ok", hostile.get("tags"));
        assertEquals("'@SUM(A1)", hostile.get("creator"));
        assertEquals("'\tteam", hostile.get("visibility"));
        assertEquals("'\raccepted", hostile.get("status"));
        assertEquals("'-- a dash is a dash", records.get(1).get("quote"));
        assertEquals("alice", records.get(1).get("creator"));
        for (String column : AnnotationCsv.COLUMNS) {
            String cell = hostile.get(column);
            assertEquals(false, !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, column + ": " + cell);
        }
    }
}
