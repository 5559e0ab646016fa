package io.corridor.remittance.service;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corridor.remittance.PublicationDate;
import io.corridor.remittance.api.ImportReport;
import io.corridor.remittance.mapping.FormatReader;
import io.corridor.remittance.mapping.ImportFormat;
import io.corridor.remittance.mapping.PagedRows;
import io.corridor.remittance.mapping.RowSink;
import io.corridor.remittance.mapping.StagedRow;
import io.corridor.remittance.mapping.WorkbookReader;
import io.corridor.remittance.repository.ObservationStore.Counts;
import io.corridor.remittance.repository.ObservationStore.Duplicate;
import io.corridor.remittance.repository.ObservationStore.Provenance;
import io.corridor.remittance.repository.ObservationStore.Release;
import io.corridor.remittance.repository.ObservationStore.StagedIndicator;
import io.corridor.remittance.repository.ObservationStore.UnknownIndicator;
import io.corridor.remittance.repository.ObservationStore;
import io.corridor.remittance.repository.StagingWriter;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Imports a file of observations atomically: every row is read and checked (cells in Java,
 * unknown indicators and duplicate keys in SQL over the staging table); any problem rolls the
 * whole transaction back and answers 422 listing the problems; otherwise the rows of indicators
 * the source has no observation of yet are inserted as they are (the fast path: nothing to match),
 * the others merge as new observations or new revisions, and nothing is overwritten.
 */
@ApplicationScoped
public class ImportService {

    /** A 422 lists at most this many problems (and says how many there were). */
    static final int MAX_LISTED = 1000;

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ObservationStore store;

    public ImportService(ObservationStore store) {
        this.store = store;
    }

    /** The media types an import is sent with (any other but multipart is read too: the format is in the content). */
    public static final String ACCEPTED = "text/csv, application/json, application/vnd.sdmx.data+csv, text/plain, "
            + "application/octet-stream";

    public ImportReport importFile(InputStream body, String contentType, ImportRequest request) {
        refuseForms(contentType);
        BufferedInputStream in = new BufferedInputStream(body, 1 << 16);
        ImportFormat requested = requested(request.format());
        byte[] head = head(in);
        if (ImportFormat.isZip(head) || requested != null && requested.archive) {
            return importArchive(in, requested, request);
        }
        ImportFormat format = requested != null ? requested : detect(head);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        String indicator = blankToNull(request.indicator());
        return importRows(format, request, sink -> FormatReader.of(format).read(reader, indicator, sink));
    }

    /**
     * The answer of a fetch, as one import: its pages (spooled whole, in order) read one after the other into the same
     * staging table, rows numbered across pages ({@code rowsPerPage} each).
     */
    public ImportReport importPages(ImportFormat format, List<Path> pages, long rowsPerPage, ImportRequest request) {
        String indicator = blankToNull(request.indicator());
        return importRows(format, request, sink -> {
            for (int i = 0; i < pages.size(); i++) {
                try (Reader reader = new InputStreamReader(Files.newInputStream(pages.get(i)), StandardCharsets.UTF_8)) {
                    FormatReader.of(format).read(reader, indicator, new PagedRows(sink, i * rowsPerPage));
                }
            }
        });
    }

    /**
     * An xlsx workbook or a zip of CSVs: spooled to a temporary file first (a zip's directory is at its end), then read
     * row by row from it as the streams are; the copy is deleted whatever happens.
     */
    private ImportReport importArchive(InputStream in, ImportFormat requested, ImportRequest request) {
        Path file = null;
        try {
            file = Files.createTempFile("corridor-import-", ".zip");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            ImportFormat format = requested != null ? requested : ImportFormat.detectArchive(file);
            if (format == null || !format.archive) {
                throw ProblemException.unprocessable("the zip is neither an xlsx workbook nor a World Bank bulk download; pass format="
                        + "desa-xlsx, knomad-xlsx or wb-zip", List.of(Violation.field("format",
                                format == null ? "could not be detected from the zip" : format.id + " is not a zip format")));
            }
            Path spooled = file;
            String indicator = blankToNull(request.indicator());
            return importRows(format, request, sink -> WorkbookReader.of(format).read(spooled, indicator, sink));
        } catch (IOException e) {
            throw ProblemException.unprocessable("the file could not be read: " + e.getMessage(),
                    List.of(Violation.field("body", e.getMessage())));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warnf("could not delete %s: %s", file, e.getMessage());
                }
            }
        }
    }

    /** How a format's reader fills the staging sink. */
    @FunctionalInterface
    private interface Rows {
        void read(RowSink sink) throws IOException;
    }

    private ImportReport importRows(ImportFormat format, ImportRequest request, Rows rows) {
        try (Connection c = store.begin()) {
            try {
                ImportReport report = importInto(c, rows, format, request);
                c.commit();
                LOG.infof("import %d (%s, %s): %d new, %d revised, %d unchanged", report.id(), format.id,
                        request.fileName(), report.created(), report.revised(), report.unchanged());
                return report;
            } catch (RuntimeException | SQLException | IOException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import failed in the database", e);
        } catch (IOException e) {
            throw ProblemException.unprocessable("the file could not be read: " + e.getMessage(),
                    List.of(Violation.field("body", e.getMessage())));
        }
    }

    private ImportReport importInto(Connection c, Rows reader, ImportFormat format, ImportRequest request)
            throws SQLException, IOException {
        Collector sink = new Collector(store.staging(c));
        try {
            reader.read(sink);
            sink.writer.close();
        } catch (UncheckedIOException e) {
            sink.writer.cancel();
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            // a file the parser gives up on (Jackson's limits: a number of 5,000 digits) ends the COPY too, so that
            // the rollback can run
            sink.writer.cancel();
            throw e;
        }
        store.analyze(c);
        List<Violation> problems = sink.problems;
        long total = sink.problemCount;
        String source = firstNonBlank(request.source(), sink.source, defaultSource(format));
        List<UnknownIndicator> unknown = store.unknownIndicators(c);
        if (!unknown.isEmpty()) {
            if (request.createIndicators()) {
                store.createIndicators(c, unknown.stream().map(UnknownIndicator::code).toList(), sink.names, sink.definitions, source);
            } else {
                for (UnknownIndicator u : unknown) {
                    total++;
                    problems.add(Violation.row(u.firstRow(), "indicator", u.code(), "is not in the catalogue ("
                            + u.rows() + " rows); add it first or import with createIndicators=true"));
                }
            }
        }
        if (store.hasDuplicates(c)) {
            total += listDuplicates(c, problems);
        }
        if (total > 0) {
            throw unprocessable(problems, total);
        }
        List<StagedIndicator> staged = store.stagedIndicators(c, source);
        List<String> fresh = staged.stream().filter(i -> !i.known()).map(StagedIndicator::code).toList();
        List<String> known = staged.stream().filter(StagedIndicator::known).map(StagedIndicator::code).toList();
        Release release = release(request.release(), sink.release);
        Provenance provenance = new Provenance(request.fileName(), true, null, null, null, request.url(), request.retrievedAt());
        long id = store.insertImport(c, format.id, provenance, source, release, request.user());
        Counts counts = new Counts(0, 0, 0, 0, 0);
        if (!fresh.isEmpty()) {
            long rows = staged.stream().filter(i -> !i.known()).mapToLong(StagedIndicator::rows).sum();
            long missing = staged.stream().filter(i -> !i.known()).mapToLong(StagedIndicator::missing).sum();
            counts = store.insertNew(c, fresh, id, source, "dataset", release, request.user(), provenance, rows, missing);
        }
        if (!known.isEmpty()) {
            counts = counts.plus(store.merge(c, known, id, source, "dataset", release, request.user(), provenance));
        }
        store.finishImport(c, id, counts);
        return new ImportReport(id, format.id, request.fileName(), source, release.label(), release.date(), counts.rows(), counts.created(),
                counts.revised(), counts.unchanged(), counts.missing(), OffsetDateTime.now(ZoneOffset.UTC), request.user(), request.url(),
                request.retrievedAt(), null);
    }

    /** Adds the file's repeated keys to the problems; answers how many there are (at most {@link #MAX_LISTED}). */
    private long listDuplicates(Connection c, List<Violation> problems) throws SQLException {
        List<Duplicate> duplicates = store.duplicates(c, MAX_LISTED);
        for (Duplicate d : duplicates) {
            problems.add(Violation.row(d.row(), "key", d.key(), "duplicates row " + d.firstRow() + " (same indicator, country, counterpart, period and sex)"));
        }
        return duplicates.size();
    }

    private static ProblemException unprocessable(List<Violation> problems, long total) {
        problems.sort(Comparator.comparing(v -> v.row() == null ? 0L : v.row()));
        List<Violation> listed = problems.size() > MAX_LISTED ? problems.subList(0, MAX_LISTED) : problems;
        return ProblemException.unprocessable("the file has " + total + " problem" + (total == 1 ? "" : "s")
                + (total > listed.size() ? " (the first " + listed.size() + " are listed)" : "")
                + "; nothing was imported", new ArrayList<>(listed));
    }

    /**
     * A multipart form (what {@code curl -F file=@x.csv} and an HTML form send) wraps the file in boundaries and part
     * headers that no format reader knows, and unwrapping it would mean spooling the file before reading it: refused
     * with a 415 that says how to send the file instead, before a byte of it is read.
     */
    private static void refuseForms(String contentType) {
        if (contentType != null && contentType.strip().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            String message = "must be the file's own media type (" + ACCEPTED + "), not a multipart form";
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type", "send the file itself as the "
                    + "request body with its media type, e.g. curl --data-binary @file.csv -H 'Content-Type: text/csv' (not "
                    + "-F file=@file.csv); accepted: " + ACCEPTED, List.of(Violation.field("Content-Type", message)));
        }
    }

    private static ImportFormat requested(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        try {
            return ImportFormat.of(requested);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("format", e.getMessage());
        }
    }

    /** The first bytes of the body (after a UTF-8 byte order mark, which is skipped), left unread. */
    private static byte[] head(BufferedInputStream in) {
        try {
            in.mark(4);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
                in.reset();
            }
            in.mark(8192);
            byte[] head = in.readNBytes(4096);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportFormat detect(byte[] head) {
        if (head.length == 0) {
            throw ProblemException.unprocessable("the file is empty", List.of(Violation.field("body", "is empty")));
        }
        ImportFormat detected = ImportFormat.detect(new String(head, StandardCharsets.UTF_8));
        if (detected == null) {
            throw ProblemException.unprocessable("the format could not be recognized; pass format=" + ImportFormat.IDS,
                    List.of(Violation.field("format", "could not be detected from the file")));
        }
        return detected;
    }

    /**
     * The release of the import: as the curator names it (a date: the publisher's release date), else as the file
     * declares it (checked by its reader to start with a date), else today's, the day it was taken from the publisher.
     */
    private static Release release(String requested, String declared) {
        if (requested != null && !requested.isBlank()) {
            try {
                return new Release(requested.strip(), PublicationDate.parse(requested));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("release", e.getMessage() + ": the publisher's release date of the file");
            }
        }
        if (declared != null) {
            return new Release(declared, PublicationDate.leading(declared));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new Release(today.toString(), today);
    }

    private static String defaultSource(ImportFormat format) {
        return switch (format) {
            case WB_JSON, WB_CSV, WB_ZIP -> "World Bank, World Development Indicators";
            case DESA_CSV -> "UN DESA, International Migrant Stock";
            case SDMX_CSV -> "SDMX";
            case DESA_XLSX -> "UN DESA, International Migrant Stock";
            case KNOMAD_XLSX -> "World Bank KNOMAD, Bilateral Remittance Matrix";
        };
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Collects problems (a bounded list, an exact count) and streams valid rows to staging. */
    private static final class Collector implements RowSink {

        final StagingWriter writer;
        final List<Violation> problems = new ArrayList<>();
        final Map<String, String> names = new HashMap<>();
        final Map<String, String> definitions = new HashMap<>();
        long problemCount;
        String release;
        String source;

        Collector(StagingWriter writer) {
            this.writer = writer;
        }

        @Override
        public void row(StagedRow row) {
            try {
                writer.write(row);
            } catch (SQLException e) {
                throw new IllegalStateException("staging failed", e);
            }
        }

        @Override
        public void problem(long row, String column, String value, String reason) {
            problemCount++;
            if (problems.size() < MAX_LISTED) {
                problems.add(Violation.row(row, column, Echo.of(value), reason));
            }
        }

        @Override
        public void indicatorName(String code, String name) {
            if (names.size() < 10_000 && !name.isBlank()) {
                names.putIfAbsent(code, name);
            }
        }

        @Override
        public void indicatorDefinition(String code, String definition) {
            if (definitions.size() < 10_000 && !definition.isBlank()) {
                definitions.putIfAbsent(code, definition);
            }
        }

        @Override
        public void release(String release) {
            this.release = release;
        }

        @Override
        public void source(String source) {
            this.source = source;
        }
    }
}
