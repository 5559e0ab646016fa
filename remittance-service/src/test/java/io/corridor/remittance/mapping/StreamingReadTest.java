package io.corridor.remittance.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Every format reader consumes its file as it goes: when a row reaches the sink (where the import
 * COPYs it to PostgreSQL in 1 MB chunks), the reader has read at most a small, fixed number of
 * lines past it, whatever the size of the file. That is what keeps a 100 MB import in bounded
 * memory; the resident memory of a 1M-row import is measured by the bench (./corridor bench).
 */
class StreamingReadTest {

    private static final int ROWS = 200_000;
    /** Read-ahead allowed: a few parser buffers' worth of lines, nothing that grows with the file. */
    private static final long MAX_LEAD = 1_000;
    private static final List<String> COUNTRIES = List.of(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
            .toArray(String[]::new));

    /** Counts rows and remembers the furthest the reader had read ahead of a row it delivered. */
    private static final class Watch implements RowSink {
        final GeneratedFile file;
        final long firstDataRecord;
        long rows;
        long problems;
        long maxLead;

        Watch(GeneratedFile file, long firstDataRecord) {
            this.file = file;
            this.firstDataRecord = firstDataRecord;
        }

        @Override
        public void row(StagedRow row) {
            rows++;
            maxLead = Math.max(maxLead, file.emitted() - (row.row() - firstDataRecord + 1));
        }

        @Override
        public void problem(long row, String column, String value, String reason) {
            problems++;
        }
    }

    private static String country(long i) {
        return COUNTRIES.get((int) (i % COUNTRIES.size()));
    }

    private static String counterpart(long i) {
        return COUNTRIES.get((int) (i / COUNTRIES.size() % COUNTRIES.size()));
    }

    private static void read(ImportFormat format, GeneratedFile file, long firstDataRecord, long expectedRows) throws IOException {
        read(format, file, ROWS, firstDataRecord, expectedRows, MAX_LEAD);
    }

    private static void read(ImportFormat format, GeneratedFile file, long lines, long firstDataRecord, long expectedRows,
            long maxLead) throws IOException {
        Watch watch = new Watch(file, firstDataRecord);
        FormatReader.of(format).read(file, "TEST.STREAM", watch);
        assertEquals(0, watch.problems, format + ": no problem in a generated file");
        assertEquals(expectedRows, watch.rows, format + ": every row delivered");
        assertEquals(lines, file.emitted(), format + ": the whole file was read");
        assertTrue(watch.maxLead <= maxLead, format + " read " + watch.maxLead + " lines ahead of a row it delivered");
    }

    @Test
    void desaCsv() throws IOException {
        GeneratedFile file = new GeneratedFile("destination,origin,year,sex,value\n", ROWS,
                i -> counterpart(i) + "," + country(i) + "," + (2000 + i / 62_500) + ",Both sexes," + (1000 + i) + "\n", "");
        read(ImportFormat.DESA_CSV, file, 2, ROWS);
    }

    @Test
    void sdmxCsv() throws IOException {
        GeneratedFile file = new GeneratedFile("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n", ROWS,
                i -> "WB:WDI(1.0)," + country(i) + ",SP.POP.TOTL," + (1900 + i % 200) + "," + i + "\n", "");
        read(ImportFormat.SDMX_CSV, file, 2, ROWS);
    }

    @Test
    void worldBankCsvWithOneColumnPerYear() throws IOException {
        StringBuilder header = new StringBuilder("\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2025-01-28\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
        for (int year = 1960; year < 2024; year++) {
            header.append(",\"").append(year).append('"');
        }
        header.append(",\n");
        int lines = ROWS / 64;
        GeneratedFile file = new GeneratedFile(header.toString(), lines, i -> {
            StringBuilder line = new StringBuilder("\"C\",\"").append(country(i)).append("\",\"Generated\",\"TEST.GEN.")
                    .append(i / COUNTRIES.size()).append('"');
            for (int year = 1960; year < 2024; year++) {
                line.append(",\"").append(i + year).append('"');
            }
            return line.append(",\n").toString();
        }, "");
        // 64 observations a line (about 900 characters): a few parser buffers hold a few dozen lines
        read(ImportFormat.WB_CSV, file, lines, 6, 64L * lines, 50);
    }

    @Test
    void worldBankJson() throws IOException {
        GeneratedFile file = new GeneratedFile("[{\"page\":1,\"pages\":1,\"per_page\":" + ROWS + ",\"total\":" + ROWS
                + ",\"sourceid\":\"2\",\"lastupdated\":\"2025-01-28\"},[\n", ROWS,
                i -> (i == 0 ? "" : ",") + "{\"indicator\":{\"id\":\"SP.POP.TOTL\",\"value\":\"Population, total\"},"
                        + "\"country\":{\"id\":\"XX\",\"value\":\"C\"},\"countryiso3code\":\"" + country(i) + "\",\"date\":\""
                        + (1900 + i % 200) + "\",\"value\":" + i + ",\"unit\":\"\",\"obs_status\":\"\",\"decimal\":0}\n",
                "]]");
        read(ImportFormat.WB_JSON, file, 1, ROWS);
    }
}
