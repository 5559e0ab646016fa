package io.corridor.remittance.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of one sheet of an xlsx workbook with POI's streaming SAX reader: one row in memory at a time, not the
 * workbook (UN DESA's origin-destination table has tens of thousands of rows). Numbers come as written in the file
 * (403646, not the "403 646" of the cell's display format); text as it is.
 */
final class XlsxRows {

    /** One row: its 1-based number in the sheet and its cells by column (null where empty). */
    interface Handler {
        void row(long row, List<String> cells);
    }

    private XlsxRows() {
    }

    /**
     * Streams the rows of the first sheet whose name the predicate accepts.
     *
     * @return the sheet's name, or null when no sheet matched (nothing was read)
     */
    static String read(Path file, Predicate<String> sheet, Handler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (!sheet.test(name)) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            new Collector(handler), new RawNumbers(), false));
                    parser.parse(new InputSource(in));
                    return name;
                }
            }
            return null;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException("is not a readable xlsx workbook: " + e.getMessage(), e);
        }
    }

    /** The names of the workbook's sheets, in order. */
    static List<String> sheetNames(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
        } catch (OpenXML4JException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException("is not a readable xlsx workbook: " + e.getMessage(), e);
        }
        return names;
    }

    /** Numbers as stored (shortest decimal of the double), whatever format the cell displays them with. */
    private static final class RawNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
    }

    private static final class Collector implements SheetContentsHandler {
        private final Handler handler;
        private List<String> cells = new ArrayList<>();

        Collector(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1L, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = new CellReference(reference).getCol();
            while (cells.size() <= col) {
                cells.add(null);
            }
            cells.set(col, value == null || value.isBlank() ? null : value);
        }
    }

    static String cell(List<String> cells, int col) {
        return col >= 0 && col < cells.size() ? cells.get(col) : null;
    }

    /** The column's spreadsheet name (A, B, ..., AA), for problems a person can find in the sheet. */
    static String column(int col) {
        return CellReference.convertNumToColString(col);
    }
}
