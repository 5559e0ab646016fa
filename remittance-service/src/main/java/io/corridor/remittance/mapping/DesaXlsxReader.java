package io.corridor.remittance.mapping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.corridor.remittance.Areas;

/**
 * UN DESA's "International migrant stock 2020 (or 2024): destination and origin" workbook as published: sheet "Table 1"
 * has title and source lines, a band row naming the blocks ("... (both sexes)", "(males)", "(females)"), then the header
 * (Index; Region, development group, country or area of destination; Notes of destination; Location code of
 * destination; Type of data of destination; ... of origin; Location code of origin; one column per year in each
 * block), then rows for every destination × origin, aggregates (World, regions, income groups) interleaved with
 * countries. Aggregate rows are left out (their M49 or DESA numbers say which); each country pair gives one
 * observation per year and sex, origin as the country, destination as the counterpart, with the destination's type
 * of data and notes as caveats. Other sheets (Contents, ANNEX, NOTES) are not read.
 */
final class DesaXlsxReader implements WorkbookReader {

    /** The header is within the first rows of the sheet (row 10 or 11 in the 2020 and 2024 editions). */
    private static final int HEADER_WITHIN = 30;

    @Override
    public void read(Path file, String defaultIndicator, RowSink sink) throws IOException {
        String indicator = defaultIndicator == null ? DesaCsvReader.DEFAULT_INDICATOR : defaultIndicator;
        Layout layout = new Layout();
        String sheet = XlsxRows.read(file, name -> name.strip().equalsIgnoreCase("Table 1"), (row, cells) -> {
            if (layout.header == 0) {
                layout.find(row, cells, sink);
                return;
            }
            if (layout.header < 0) {
                return;
            }
            layout.stage(indicator, row, cells, sink);
        });
        if (sheet == null) {
            sink.problem(0, "sheet", null, "no sheet \"Table 1\": not UN DESA's destination and origin workbook");
        } else if (layout.header == 0) {
            sink.problem(0, "Table 1", null, "no header with \"Location code of destination\" and \"Location code of origin\" in its "
                    + "first " + HEADER_WITHIN + " rows");
        }
    }

    private static final class Layout {
        long header; // 0: not found yet; -1: given up
        List<String> band = List.of();
        int destination = -1;
        int destinationCode = -1;
        int origin = -1;
        int originCode = -1;
        int type = -1;
        int notes = -1;
        final List<int[]> years = new ArrayList<>(); // column, year
        final List<String> sexes = new ArrayList<>();
        List<String> headerCells = List.of();

        void find(long row, List<String> cells, RowSink sink) {
            for (int col = 0; col < cells.size(); col++) {
                String h = norm(XlsxRows.cell(cells, col));
                if (h.contains("location code") && h.contains("destination")) {
                    destinationCode = col;
                } else if (h.contains("location code") && h.contains("origin")) {
                    originCode = col;
                } else if (h.startsWith("type of data")) {
                    type = col;
                } else if (h.startsWith("notes")) {
                    notes = notes < 0 ? col : notes; // the destination's notes come first
                } else if (h.contains("destination")) {
                    destination = col;
                } else if (h.contains("origin")) {
                    origin = col;
                } else if (h.matches("(19|20)\\d\\d")) {
                    years.add(new int[] { col, Integer.parseInt(h) });
                }
            }
            if (destinationCode < 0 || originCode < 0) {
                band = cells;
                if (row >= HEADER_WITHIN) {
                    header = -1;
                    sink.problem(row, "header", null, "no header with \"Location code of destination\" and \"Location code of "
                            + "origin\" in the first " + HEADER_WITHIN + " rows: not UN DESA's destination and origin table");
                }
                return;
            }
            header = row;
            headerCells = cells;
            // the block of each year column: the band label at or before it, else by repetition (both sexes, males, females)
            int repeat = 0;
            int last = Integer.MAX_VALUE;
            for (int[] y : years) {
                repeat += y[1] <= last ? 1 : 0;
                last = y[1];
                String label = null;
                for (int col = y[0]; col >= 0 && label == null; col--) {
                    label = XlsxRows.cell(band, col);
                }
                String l = norm(label);
                sexes.add(l.contains("female") ? "female" : l.contains("male") ? "male" : l.contains("both") ? "total"
                        : repeat == 1 ? "total" : repeat == 2 ? "male" : "female");
            }
            if (years.isEmpty()) {
                header = -1;
                sink.problem(row, "header", null, "no year columns (1990, 1995, ...) in the header");
            }
        }

        void stage(String indicator, long row, List<String> cells, RowSink sink) {
            String dest = XlsxRows.cell(cells, destinationCode);
            String orig = XlsxRows.cell(cells, originCode);
            if (dest == null && orig == null) {
                return; // blank lines and the notes under the table
            }
            if (Areas.isAggregate(dest) || Areas.isAggregate(orig)) {
                return;
            }
            Attributes attributes = Cells.attributes(sink, row, column(notes), null, column(type), XlsxRows.cell(cells, type),
                    column(notes), XlsxRows.cell(cells, notes));
            for (int i = 0; i < years.size(); i++) {
                int col = years.get(i)[0];
                Cells.stage(sink, row, "indicator", indicator, column(originCode), orig, column(destinationCode), dest,
                        column(col), String.valueOf(years.get(i)[1]), "sex", sexes.get(i), column(col), XlsxRows.cell(cells, col),
                        "status", null, attributes);
            }
        }

        /** A column as a person finds it in the sheet: its letter and its header. */
        String column(int col) {
            if (col < 0) {
                return "Table 1";
            }
            String h = XlsxRows.cell(headerCells, col);
            return XlsxRows.column(col) + (h == null ? "" : " (" + h.strip() + ")");
        }
    }

    static String norm(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
