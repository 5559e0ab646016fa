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
 * the measure OBS_VALUE and the attributes OBS_STATUS and COMMENT_OBS (kept as the value's footnote); other columns
 * are ignored. Headers written
 * "ID: label" (SDMX-CSV "both" labels) are read by their ID.
 */
final class SdmxCsvReader implements FormatReader {

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
                Cells.stage(sink, row, indicator == null ? "indicator" : indicator, code, area, DesaCsvReader.get(r, area),
                        counterpart == null ? "COUNTERPART_AREA" : counterpart,
                        counterpart == null ? null : DesaCsvReader.get(r, counterpart), time, DesaCsvReader.get(r, time),
                        sex == null ? "SEX" : sex, sex == null ? null : DesaCsvReader.get(r, sex), value,
                        DesaCsvReader.get(r, value), status == null ? "OBS_STATUS" : status,
                        status == null ? null : DesaCsvReader.get(r, status),
                        Cells.attributes(sink, row, comment, comment == null ? null : DesaCsvReader.get(r, comment), "type of data",
                                null, "notes", null));
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            sink.problem(0, "$", null, "is not readable CSV: " + e.getMessage());
        }
    }
}
