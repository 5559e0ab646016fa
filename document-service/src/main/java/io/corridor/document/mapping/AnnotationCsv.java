package io.corridor.document.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Annotations as CSV (RFC 4180, UTF-8, CRLF, a header line): one row per annotation. Lists (tags,
 * actor ids) are joined with "; " in one cell; a reply has no version, quote or offsets; dates
 * are ISO 8601 with offset. Commons CSV does the quoting, so quotes with commas, double quotes or
 * line breaks survive a round trip. A cell a spreadsheet would run as a formula is neutralised
 * ({@link #cell}).
 */
public final class AnnotationCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final List<String> COLUMNS = List.of("id", "document", "version", "quote", "start", "end", "page",
            "motivation", "tags", "actors", "creator", "visibility", "status", "created", "modified");

    private static final String FORMULA_START = "=+-@\t\r";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private AnnotationCsv() {
    }

    public static String write(List<ExportRow> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (ExportRow r : rows) {
                printer.printRecord(Stream.of(r.id(), r.document(), r.version(), r.quote(), r.start(), r.end(), r.page(),
                        r.motivation(), String.join("; ", r.tags()),
                        r.actors().stream().map(String::valueOf).collect(Collectors.joining("; ")), r.creator(), r.visibility(),
                        r.status(), iso(r.created()), iso(r.modified())).map(AnnotationCsv::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /**
     * A cell a spreadsheet will not run (OWASP, CSV injection): text starting with =, +, -, @, a tab
     * or a carriage return is a formula to Excel, LibreOffice and Sheets, so it gets a leading single
     * quote, which they show as text. Every column goes through here: quotes, tags, creators and ids
     * all come from users. Numbers and empty cells are left alone.
     */
    static Object cell(Object value) {
        if (value instanceof String text && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    private static String iso(java.time.OffsetDateTime at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }
}
