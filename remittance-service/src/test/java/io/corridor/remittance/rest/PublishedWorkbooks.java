package io.corridor.remittance.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks and archives in their publishers' layouts, built by the tests (binary files are built, not committed; the
 * World Bank zip's CSVs are under src/test/resources/publishers/worldbank/bulk-zip). Numbers are test values.
 */
final class PublishedWorkbooks {

    static final int[] DESA_YEARS = { 1990, 1995, 2000, 2005, 2010, 2015, 2020 };

    private PublishedWorkbooks() {
    }

    /**
     * UN DESA's "International Migrant Stock 2020: destination and origin" layout: sheets Contents, Table 1, ANNEX, NOTES;
     * Table 1 with title and source lines, the band row 10 ("... (both sexes)", "(males)", "(females)"), the header row
     * 11, then destination × origin rows with aggregates (WORLD 900, Sub-Saharan Africa 947, origin Total 900)
     * interleaved, and a note under the table. Numbers display with a thousands format, as DESA's do.
     *
     * @param typeOfFrance the type-of-data cell of France (a bad one makes a row problem)
     */
    static byte[] desaDestinationOrigin(String typeOfFrance) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle thousands = wb.createCellStyle();
            thousands.setDataFormat(wb.createDataFormat().getFormat("### ### ##0"));
            wb.createSheet("Contents").createRow(0).createCell(0).setCellValue("International Migrant Stock 2020 (test layout)");
            Sheet t = wb.createSheet("Table 1");
            text(t, 0, 0, "International Migrant Stock 2020: Destination and origin");
            text(t, 1, 0, "Table 1. International migrant stock at mid-year by sex and by region, country or area of destination "
                    + "and origin, 1990-2020");
            text(t, 3, 0, "Test source line: United Nations, Department of Economic and Social Affairs, Population Division");
            text(t, 9, 7, "International migrant stock at mid-year (both sexes)");
            text(t, 9, 14, "International migrant stock at mid-year (males)");
            text(t, 9, 21, "International migrant stock at mid-year (females)");
            Row h = t.createRow(10);
            String[] header = { "Index", "Region, development group, country or area of destination", "Notes of destination",
                    "Location code of destination", "Type of data of destination", "Region, development group, country or area of origin",
                    "Location code of origin" };
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int block = 0; block < 3; block++) {
                for (int y = 0; y < DESA_YEARS.length; y++) {
                    h.createCell(7 + block * 7 + y).setCellValue(DESA_YEARS[y]);
                }
            }
            int r = 11;
            r = pair(t, thousands, r, "WORLD", null, 900, null, "Total", 900, 150_000_000);
            r = pair(t, thousands, r, "WORLD", null, 900, null, "Mali", 466, 1_200_000);
            r = pair(t, thousands, r, "Sub-Saharan Africa", null, 947, null, "Mali", 466, 1_000_000);
            r = pair(t, thousands, r, "Côte d'Ivoire", null, 384, "C", "Total", 900, 2_500_000);
            r = pair(t, thousands, r, "Côte d'Ivoire", null, 384, "C", "Mali", 466, 400_000);
            r = pair(t, thousands, r, "France", "7", 250, typeOfFrance, "Mali", 466, 120_000);
            r = pair(t, thousands, r, "Niger", null, 562, "B R", "Mali", 466, 140_000);
            text(t, r + 1, 0, "Note: test note under the table; the notes are listed in the NOTES sheet.");
            wb.createSheet("ANNEX").createRow(0).createCell(0).setCellValue("Test annex: list of countries and areas");
            wb.createSheet("NOTES").createRow(0).createCell(0).setCellValue("(7) Test note of destination France.");
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One destination × origin row: 2020's total, earlier years smaller; males 55 %, females the rest (empty in 1990). */
    private static int pair(Sheet t, CellStyle style, int r, String destination, String notes, int destinationCode, String type,
            String origin, int originCode, long total2020) {
        Row row = t.createRow(r);
        row.createCell(0).setCellValue(r - 10);
        row.createCell(1).setCellValue(destination);
        if (notes != null) {
            row.createCell(2).setCellValue(notes);
        }
        row.createCell(3).setCellValue(destinationCode);
        if (type != null) {
            row.createCell(4).setCellValue(type);
        }
        row.createCell(5).setCellValue(origin);
        row.createCell(6).setCellValue(originCode);
        for (int y = 0; y < DESA_YEARS.length; y++) {
            long total = total2020 - (DESA_YEARS.length - 1 - y) * (total2020 / 20);
            long males = total * 55 / 100;
            long[] blocks = { total, males, total - males };
            for (int b = 0; b < 3; b++) {
                if (b == 2 && y == 0) {
                    continue; // an empty cell: no value for females in 1990
                }
                var cell = row.createCell(7 + b * 7 + y);
                cell.setCellValue(blocks[b]);
                cell.setCellStyle(style);
            }
        }
        return r + 1;
    }

    /** DESA's 2020 total of a pair at a year, as {@link #pair} writes it. */
    static long desaTotal(long total2020, int year) {
        int y = java.util.Arrays.binarySearch(DESA_YEARS, year);
        return total2020 - (DESA_YEARS.length - 1 - y) * (total2020 / 20);
    }

    /**
     * The KNOMAD Bilateral Remittance Matrix layout: title row with the year and "(millions of US$)", the header row
     * "Remittance-receiving country (across) - Remittance-sending country (down)" then receiving countries by name and
     * WORLD, one row per sending country (World Bank spellings), WORLD totals, a note under the matrix.
     */
    static byte[] knomadMatrix(String extraSender) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Bilateral Remittances 2021");
            text(s, 0, 0, "Bilateral Remittance Estimates for 2021 using Migrant Stocks, Host Country Incomes, and Origin Country "
                    + "Incomes (millions of US$) (test layout)");
            String[] receiving = { "Remittance-receiving country (across)\n-\nRemittance-sending country (down)", "Mali", "Senegal",
                    "Côte d'Ivoire", "WORLD" };
            Row h = s.createRow(1);
            for (int i = 0; i < receiving.length; i++) {
                h.createCell(i).setCellValue(receiving[i]);
            }
            int r = 2;
            r = matrixRow(s, r, "France", 400.12, 600, 50, 1050.12);
            r = matrixRow(s, r, "Cote d'Ivoire", 300, 20, null, 320);
            r = matrixRow(s, r, "Congo, Dem. Rep.", 1, 2, 0.0, 3);
            if (extraSender != null) {
                r = matrixRow(s, r, extraSender, 5, null, null, 5);
            }
            r = matrixRow(s, r, "WORLD", 701.12, 622, 50, 1378.12);
            text(s, r + 1, 0, "Notes: test note under the matrix; estimates use migrant stocks and incomes of both countries.");
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int matrixRow(Sheet s, int r, String sender, Number... values) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(sender);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i + 1).setCellValue(values[i].doubleValue());
            }
        }
        return r + 1;
    }

    /** The World Bank bulk download zip of the test CSVs (API_, Metadata_Country_, Metadata_Indicator_), in its order. */
    static byte[] worldBankZip(boolean withData) {
        String base = "BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_8.csv";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new String[] { "Metadata_Indicator_API_" + base, "API_" + base, "Metadata_Country_API_" + base }) {
                if (!withData && name.startsWith("API_")) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Fixtures.publisherFile("worldbank/bulk-zip/" + name));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void text(Sheet s, int row, int col, String value) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        r.createCell(col).setCellValue(value);
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
