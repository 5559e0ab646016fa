package io.corridor.remittance.mapping;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.corridor.remittance.Areas;

/**
 * The World Bank's bulk download of an indicator as published ({@code API_<code>_DS2_en_csv_v2_<n>.zip}): the data CSV
 * {@code API_*.csv} (read as {@link WorldBankCsvReader} reads it) and two metadata CSVs. {@code Metadata_Indicator_*}
 * (INDICATOR_CODE, INDICATOR_NAME, SOURCE_NOTE, SOURCE_ORGANIZATION) names and defines the indicators;
 * {@code Metadata_Country_*} (Country Code, Region, IncomeGroup, SpecialNotes, TableName) gives each country's
 * special notes (a fiscal year, a change of currency), kept as notes of its values. A problem names the entry and
 * the column.
 */
final class WorldBankZipReader implements WorkbookReader {

    @Override
    public void read(Path file, String defaultIndicator, RowSink sink) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry data = null;
            ZipEntry countries = null;
            ZipEntry indicators = null;
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (name.startsWith("API_") && name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    data = e;
                } else if (name.startsWith("Metadata_Country_")) {
                    countries = e;
                } else if (name.startsWith("Metadata_Indicator_")) {
                    indicators = e;
                }
            }
            if (data == null) {
                sink.problem(0, "zip", null, "has no API_*.csv: not a World Bank bulk download");
                return;
            }
            if (indicators != null) {
                readIndicators(zip, indicators, sink);
            }
            Map<String, String> notes = countries == null ? Map.of() : countryNotes(zip, countries, sink);
            Prefixed entry = new Prefixed(data.getName(), sink, notes);
            try (Reader in = reader(zip, data)) {
                new WorldBankCsvReader().read(in, defaultIndicator, entry);
            }
        } catch (java.util.zip.ZipException e) {
            sink.problem(0, "zip", null, "is not a readable zip: " + e.getMessage());
        }
    }

    private static Reader reader(ZipFile zip, ZipEntry e) throws IOException {
        var in = new java.io.BufferedInputStream(zip.getInputStream(e));
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static CSVParser parse(Reader in) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                .setTrim(true).get().parse(in);
    }

    private static void readIndicators(ZipFile zip, ZipEntry e, RowSink sink) throws IOException {
        Prefixed entry = new Prefixed(e.getName(), sink, Map.of());
        try (Reader in = reader(zip, e); CSVParser csv = parse(in)) {
            for (CSVRecord r : csv) {
                String code = DesaCsvReader.get(r, "INDICATOR_CODE");
                long row = r.getRecordNumber() + 1;
                String name = Cells.text(entry, row, "INDICATOR_NAME", DesaCsvReader.get(r, "INDICATOR_NAME"));
                String note = Cells.text(entry, row, "SOURCE_NOTE", DesaCsvReader.get(r, "SOURCE_NOTE"));
                String organization = Cells.text(entry, row, "SOURCE_ORGANIZATION", DesaCsvReader.get(r, "SOURCE_ORGANIZATION"));
                if (code != null && name != null && !name.isBlank()) {
                    sink.indicatorName(code.strip(), name.strip());
                }
                if (code != null && note != null && !note.isBlank()) {
                    sink.indicatorDefinition(code.strip(), note.strip() + (organization == null || organization.isBlank() ? ""
                            : " Source: " + organization.strip()));
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException bad) {
            entry.problem(0, "$", null, "is not readable CSV: " + bad.getMessage());
        }
    }

    /** Special notes by canonical country code; a few hundred countries and aggregates at most. */
    private static Map<String, String> countryNotes(ZipFile zip, ZipEntry e, RowSink sink) throws IOException {
        Map<String, String> notes = new HashMap<>();
        Prefixed entry = new Prefixed(e.getName(), sink, Map.of());
        try (Reader in = reader(zip, e); CSVParser csv = parse(in)) {
            for (CSVRecord r : csv) {
                long row = r.getRecordNumber() + 1;
                String code = DesaCsvReader.get(r, "Country Code");
                String note = Cells.text(entry, row, "SpecialNotes", DesaCsvReader.get(r, "SpecialNotes"));
                if (code == null || note == null || note.isBlank() || notes.size() >= 1000) {
                    continue;
                }
                try {
                    notes.put(Areas.canonical(code), note.strip());
                } catch (IllegalArgumentException unknown) {
                    entry.problem(row, "Country Code", code, unknown.getMessage());
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException bad) {
            entry.problem(0, "$", null, "is not readable CSV: " + bad.getMessage());
        }
        return notes;
    }

    /** Passes rows on with their country's special notes, and problems with the entry's name before the column. */
    private record Prefixed(String entryName, RowSink target, Map<String, String> notes) implements ForwardingRows {

        @Override
        public void row(StagedRow row) {
            String note = notes.get(row.country());
            target.row(note == null ? row : new StagedRow(row.row(), row.indicator(), row.country(), row.counterpart(), row.period(),
                    row.sex(), row.value(), row.status(), row.attributes().withNotes(note)));
        }

        @Override
        public void problem(long row, String column, String value, String reason) {
            target.problem(row, entryName + ": " + column, value, reason);
        }
    }
}
