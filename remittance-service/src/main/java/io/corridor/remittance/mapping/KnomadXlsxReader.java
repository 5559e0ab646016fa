package io.corridor.remittance.mapping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corridor.remittance.Areas;

/**
 * The World Bank / KNOMAD Bilateral Remittance Matrix as published: one sheet whose first row is the title ("Bilateral
 * Remittance Estimates for 2021 using Migrant Stocks, Host Country Incomes, and Origin Country Incomes (millions of
 * US$)"), then a header row ("Remittance-receiving country (across) - Remittance-sending country (down)", then the
 * receiving countries by name, WORLD last), then one row per sending country, WORLD last, and notes under the matrix.
 * Each cell is one observation: the receiving country as the country, the sending one as the counterpart (as for
 * migrant stocks: Malians in France send to Mali), the year of the title, the value in millions of US$ multiplied to
 * US$ (unit multiplier 6 recorded), status modelled: these are estimates from migrant stocks and incomes, not recorded
 * flows. WORLD totals and empty cells are left out; a name the service cannot place is a problem of its cell.
 */
final class KnomadXlsxReader implements WorkbookReader {

    static final String DEFAULT_INDICATOR = "KNOMAD.REMITTANCES.BILATERAL";
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private static final int MILLIONS = 6;

    @Override
    public void read(Path file, String defaultIndicator, RowSink sink) throws IOException {
        String indicator = defaultIndicator == null ? DEFAULT_INDICATOR : defaultIndicator;
        Matrix m = new Matrix();
        String sheet = XlsxRows.read(file, name -> true, (row, cells) -> m.row(indicator, row, cells, sink));
        if (sheet != null && m.header == null) {
            sink.problem(0, "header", null, "no row starting \"Remittance-receiving country (across)\": not the KNOMAD bilateral "
                    + "remittance matrix");
        }
    }

    private static final class Matrix {
        String year;
        List<String> header;
        String[] receiving;
        boolean millions;

        void row(String indicator, long row, List<String> cells, RowSink sink) {
            String first = XlsxRows.cell(cells, 0);
            if (header == null) {
                String label = first == null ? "" : first.toLowerCase(Locale.ROOT);
                if (year == null && first != null) {
                    Matcher y = YEAR.matcher(first);
                    if (label.contains("bilateral") && y.find()) {
                        year = y.group();
                        millions = label.contains("million");
                        String title = Cells.text(sink, row, "A (title)", first.strip());
                        if (title != null) {
                            sink.source("World Bank KNOMAD, Bilateral Remittance Matrix " + year);
                        }
                    }
                }
                if (label.contains("receiving")) {
                    if (year == null) {
                        sink.problem(row, "A (title)", null, "no year in the title above the matrix (\"Bilateral Remittance "
                                + "Estimates for 2021 ...\")");
                    }
                    header = cells;
                    receiving = new String[cells.size()];
                    for (int col = 1; col < cells.size(); col++) {
                        String name = XlsxRows.cell(cells, col);
                        if (name == null || isWorld(name)) {
                            continue;
                        }
                        receiving[col] = Areas.byName(name);
                        if (receiving[col] == null) {
                            sink.problem(row, XlsxRows.column(col), name, "is not a country name the service knows (CLDR or World Bank spelling)");
                        }
                    }
                }
                return;
            }
            if (first == null || isWorld(first) || year == null) {
                return;
            }
            if (cells.size() <= 2 && first.length() > 40) {
                return; // a note under the matrix
            }
            String sending = Areas.byName(first);
            if (sending == null) {
                sink.problem(row, "A", first, "is not a country name the service knows (CLDR or World Bank spelling)");
                return;
            }
            Attributes attributes = millions ? Attributes.NONE.withUnit(MILLIONS, "USD") : Attributes.NONE.withUnit(null, "USD");
            for (int col = 1; col < cells.size() && col < receiving.length; col++) {
                String raw = XlsxRows.cell(cells, col);
                if (receiving[col] == null || raw == null) {
                    continue;
                }
                String value = raw;
                if (millions) {
                    try {
                        value = new java.math.BigDecimal(raw.strip()).scaleByPowerOfTen(MILLIONS).toString();
                    } catch (NumberFormatException e) {
                        // reported as written by the cell check
                    }
                }
                String column = XlsxRows.column(col) + " (" + XlsxRows.cell(header, col).strip() + ")";
                Cells.stage(sink, row, "indicator", indicator, column, receiving[col], "A (" + first.strip() + ")", sending,
                        "A (title)", year, "sex", null, column, value, "status", "modelled", attributes);
            }
        }

        static boolean isWorld(String name) {
            return name.strip().equalsIgnoreCase("world");
        }
    }
}
