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
 * SDMX-CSV, version 1.0 (first column DATAFLOW) or 2.0 (STRUCTURE, STRUCTURE_ID, ACTION). Reads
 * the dimensions REF_AREA (alpha-3), COUNTERPART_AREA, INDICATOR or SERIES, SEX and TIME_PERIOD,
 * the measure OBS_VALUE and the attributes OBS_STATUS, COMMENT_OBS (kept as the value's footnote), UNIT_MULT (the
 * value is multiplied by 10^UNIT_MULT: IMF balance-of-payments data are published in millions) and UNIT_MEASURE (both
 * recorded with the revision), and SDMX-CSV 2.0's ACTION; other columns are ignored. Headers written
 * "ID: label" (SDMX-CSV "both" labels) are read by their ID.
 */
final class SdmxCsvReader implements FormatReader {

    /** A UNIT_MULT cell that was reported as a problem. */
    private static final Integer UNREADABLE = Integer.MIN_VALUE;

    /**
     * SDMX-CSV 2.0's ACTION of a row: I (information) and A (append) add or revise; R (replace) and M (merge) too, an
     * observation being replaced whole by its row; D (delete) withdraws the value: a revision without one, where there
     * was one (nothing to delete otherwise). Revisions keep what was published before.
     */
    enum Action {
        I, A, R, M, D;

        static Action of(RowSink sink, long row, String column, String raw) {
            String s = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
            if (s.isEmpty()) {
                return I;
            }
            try {
                return valueOf(s);
            } catch (IllegalArgumentException e) {
                sink.problem(row, column, raw, "is not an SDMX-CSV action: I (information), A (append), R (replace), M (merge) or D (delete)");
                return null;
            }
        }
    }

    /** The power of ten of UNIT_MULT (SDMX CL_UNIT_MULT: 0 units, 3 thousands, 6 millions, 9 billions). */
    private static Integer unitMultiplier(RowSink sink, long row, String column, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= -15 && n <= 15) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        sink.problem(row, column, raw, "is not a unit multiplier: a power of ten from -15 to 15 (SDMX CL_UNIT_MULT, 6 = millions)");
        return UNREADABLE;
    }

    /** The value as published times 10^mult, as text for the cell check (a value that is no number stays as written). */
    private static String scaled(String raw, int mult) {
        if (raw == null || raw.isBlank() || raw.strip().length() > Cells.MAX_VALUE_LENGTH) {
            return raw;
        }
        try {
            return new java.math.BigDecimal(raw.strip()).scaleByPowerOfTen(mult).toString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public void read(Reader in, String defaultIndicator, RowSink sink) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(in)) {
            Map<String, String> columns = new HashMap<>();
            for (String name : parser.getHeaderNames()) {
                String id = name.replaceFirst("^\\ufeff", "").split(":", 2)[0].strip().toUpperCase(Locale.ROOT);
                columns.putIfAbsent(id, name);
            }
            String area = columns.get("REF_AREA");
            String counterpart = columns.get("COUNTERPART_AREA");
            String indicator = columns.containsKey("INDICATOR") ? columns.get("INDICATOR") : columns.get("SERIES");
            String time = columns.get("TIME_PERIOD");
            String value = columns.get("OBS_VALUE");
            String sex = columns.get("SEX");
            String status = columns.get("OBS_STATUS");
            String comment = columns.containsKey("COMMENT_OBS") ? columns.get("COMMENT_OBS") : columns.get("OBS_COMMENT");
            String unitMult = columns.get("UNIT_MULT");
            String unitMeasure = columns.get("UNIT_MEASURE");
            String action = columns.get("ACTION");
            String structure = columns.containsKey("DATAFLOW") ? columns.get("DATAFLOW") : columns.get("STRUCTURE_ID");
            boolean ok = true;
            for (String[] required : new String[][] { { "REF_AREA", area }, { "TIME_PERIOD", time }, { "OBS_VALUE", value } }) {
                if (required[1] == null) {
                    sink.problem(1, required[0], null, "column is missing: SDMX-CSV needs REF_AREA, TIME_PERIOD and OBS_VALUE");
                    ok = false;
                }
            }
            if (indicator == null && defaultIndicator == null) {
                sink.problem(1, "INDICATOR", null, "column is missing: name the indicator with an INDICATOR or SERIES column or the indicator parameter");
                ok = false;
            }
            if (!ok) {
                return;
            }
            boolean sourceSet = false;
            for (CSVRecord r : parser) {
                long row = r.getRecordNumber() + 1;
                if (!sourceSet && structure != null && DesaCsvReader.get(r, structure) != null) {
                    String source = Cells.text(sink, row, structure, DesaCsvReader.get(r, structure));
                    if (source != null) {
                        sink.source(source);
                    }
                    sourceSet = true;
                }
                String code = indicator == null ? defaultIndicator : DesaCsvReader.get(r, indicator);
                Attributes attributes = Cells.attributes(sink, row, comment, comment == null ? null : DesaCsvReader.get(r, comment),
                        "type of data", null, "notes", null);
                String raw = DesaCsvReader.get(r, value);
                Integer mult = unitMult == null ? null : unitMultiplier(sink, row, unitMult, DesaCsvReader.get(r, unitMult));
                if (mult == UNREADABLE) {
                    attributes = null;
                } else if (mult != null && attributes != null) {
                    raw = scaled(raw, mult);
                }
                String measure = unitMeasure == null ? null : Cells.text(sink, row, unitMeasure, blankToNull(DesaCsvReader.get(r, unitMeasure)));
                if (attributes != null && (mult != null || measure != null)) {
                    attributes = attributes.withUnit(mult, measure);
                }
                Action act = action == null ? Action.I : Action.of(sink, row, action, DesaCsvReader.get(r, action));
                if (act == null) {
                    attributes = null;
                } else if (act == Action.D) {
                    raw = ""; // deleted: a revision without a value, where there was one
                }
                Cells.stage(sink, row, indicator == null ? "indicator" : indicator, code, area, DesaCsvReader.get(r, area),
                        counterpart == null ? "COUNTERPART_AREA" : counterpart,
                        counterpart == null ? null : DesaCsvReader.get(r, counterpart), time, DesaCsvReader.get(r, time),
                        sex == null ? "SEX" : sex, sex == null ? null : DesaCsvReader.get(r, sex), value, raw,
                        status == null ? "OBS_STATUS" : status, status == null || act == Action.D ? null : DesaCsvReader.get(r, status),
                        attributes);
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            sink.problem(0, "$", null, "is not readable CSV: " + e.getMessage());
        }
    }
}
