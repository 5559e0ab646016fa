package io.corridor.remittance.mapping;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * UN DESA International Migrant Stock, exported from its origin-destination tables as long CSV
 * with the columns destination, origin, year, sex, value (alpha-3 codes; header names are matched
 * without case, "... code" suffixes allowed), and optionally UN DESA's "type of data" and "notes" of the destination,
 * kept as caveats of the value. Stored with the origin as the country and the
 * destination as the counterpart, so "top counterparts of MLI" are the main destinations of
 * Malian emigrants.
 */
final class DesaCsvReader implements FormatReader {

    static final String DEFAULT_INDICATOR = "UNDESA.IMS.BILATERAL";

    @Override
    public void read(Reader in, String defaultIndicator, RowSink sink) throws IOException {
        String indicator = defaultIndicator == null ? DEFAULT_INDICATOR : defaultIndicator;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(in)) {
            Map<String, String> columns = columns(parser);
            String destination = columns.get("destination");
            String origin = columns.get("origin");
            String year = columns.get("year");
            String value = columns.get("value");
            String sex = columns.get("sex");
            String type = columns.containsKey("type of data") ? columns.get("type of data") : columns.get("type of data of destination");
            String notes = columns.containsKey("notes") ? columns.get("notes") : columns.get("notes of destination");
            for (String[] required : new String[][] { { "destination", destination }, { "origin", origin },
                    { "year", year }, { "value", value } }) {
                if (required[1] == null) {
                    sink.problem(1, required[0], null, "column is missing: UN DESA CSV needs destination, origin, year, sex, value");
                }
            }
            if (destination == null || origin == null || year == null || value == null) {
                return;
            }
            for (CSVRecord r : parser) {
                long row = r.getRecordNumber() + 1;
                Cells.stage(sink, row, "indicator", indicator, origin, get(r, origin), destination, get(r, destination),
                        year, get(r, year), sex == null ? "sex" : sex, sex == null ? null : get(r, sex), value,
                        get(r, value), "status", null, Cells.attributes(sink, row, "footnote", null, type,
                                type == null ? null : get(r, type), notes, notes == null ? null : get(r, notes)));
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            sink.problem(0, "$", null, "is not readable CSV: " + e.getMessage());
        }
    }

    /** Maps a normalized name (destination, origin, ...) to the header as written in the file. */
    private static Map<String, String> columns(CSVParser parser) {
        Map<String, String> columns = new HashMap<>();
        for (String name : parser.getHeaderNames()) {
            String n = name.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\ufeff", "");
            n = n.replaceAll("[ _]+(code|iso3|alpha-3)$", "");
            columns.putIfAbsent(n, name);
        }
        return columns;
    }

    static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
    }
}
