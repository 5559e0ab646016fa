package io.corridor.remittance.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corridor.remittance.PublicationDate;
import io.corridor.remittance.api.FetchRequest;
import io.corridor.remittance.api.ImportReport;
import io.corridor.remittance.client.AllowedSources;
import io.corridor.remittance.client.FetchConfig;
import io.corridor.remittance.client.SourceClient;
import io.corridor.remittance.client.SourceClient.Answer;
import io.corridor.remittance.mapping.ImportFormat;
import io.corridor.remittance.mapping.WorldBankPaging;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Fetches observations from a publisher's API and imports them as a file would be: the World Bank API v2 (every page
 * of the query, with footnotes) or an SDMX REST 2.1 data query (as SDMX-CSV, optionally only what was updated after
 * an instant). Every page is downloaded first, within the allow-list, time and size limits, and only then imported in
 * one transaction: a source failing on its third page stores nothing. The request sent (without its page number) and
 * the time of the answer are the import's and each revision's provenance.
 */
@ApplicationScoped
public class FetchService {

    /** SDMX-CSV as SDMX REST 2.1 services serve it (1.0), or 2.0 from a 3.0 service; plain CSV last. */
    static final String SDMX_CSV = "application/vnd.sdmx.data+csv;version=1.0.0, application/vnd.sdmx.data+csv;version=2.0.0;q=0.9, "
            + "text/csv;q=0.5";
    /** The World Bank parameters Corridor sets itself, whatever the URL says. */
    private static final Set<String> WORLD_BANK_OWN = Set.of("format", "footnote", "per_page", "page");

    private static final Logger LOG = Logger.getLogger(FetchService.class);

    private final AllowedSources sources;
    private final SourceClient client;
    private final ImportService imports;
    private final FetchConfig config;

    public FetchService(AllowedSources sources, SourceClient client, ImportService imports, FetchConfig config) {
        this.sources = sources;
        this.client = client;
        this.imports = imports;
        this.config = config;
    }

    public ImportReport fetch(FetchRequest r, String user) {
        URI query = sources.check(r.url(), "url", "url");
        ImportFormat format = format(r.format(), query);
        String updatedAfter = updatedAfter(r.updatedAfter(), format);
        checkRelease(r.release());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("corridor-fetch-");
            List<Path> pages = new ArrayList<>();
            URI asked;
            Answer last;
            long perPage;
            if (format == ImportFormat.WB_JSON) {
                asked = withParameters(query, WORLD_BANK_OWN, "format=json&footnote=y&per_page=" + config.perPage());
                last = page(pages, dir, worldBankPage(asked, 1), "application/json", format);
                WorldBankPaging paging = WorldBankPaging.of(pages.get(0), config.perPage());
                if (paging.pages() > config.maxPages()) {
                    throw unprocessable("url answers " + paging.pages() + " pages of " + paging.perPage() + " rows, more than "
                            + config.maxPages() + " (corridor.fetch.max-pages): narrow the query (date=, a country)");
                }
                for (int n = 2; n <= paging.pages(); n++) {
                    last = page(pages, dir, worldBankPage(asked, n), "application/json", format);
                }
                perPage = paging.perPage();
            } else {
                asked = updatedAfter == null ? query : withParameters(query, Set.of("updatedafter"),
                        "updatedAfter=" + URLEncoder.encode(updatedAfter, StandardCharsets.UTF_8));
                last = page(pages, dir, asked, SDMX_CSV, format);
                perPage = 0;
            }
            ImportRequest request = new ImportRequest(format.id, null, r.source(), r.release(), r.indicator(),
                    Boolean.TRUE.equals(r.createIndicators()), user, asked.toString(), last.retrievedAt());
            ImportReport report = imports.importPages(format, pages, perPage, request);
            LOG.infof("fetch %s: %d pages, import %d", asked, pages.size(), report.id());
            return report.withPages(pages.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /**
     * Retrieves one page into the fetch's directory, within what is left of the size budget. SDMX's 404 ("no results",
     * also what updatedAfter answers when nothing changed) adds no page: an import of nothing, which records the fetch.
     */
    private Answer page(List<Path> pages, Path dir, URI uri, String accept, ImportFormat format) throws IOException {
        long used = 0;
        for (Path p : pages) {
            used += Files.size(p);
        }
        Path file = dir.resolve("page-" + (pages.size() + 1));
        Answer answer = client.get(uri, accept, file, config.maxBytes() - used);
        if (answer.status() == 404 && format == ImportFormat.SDMX_CSV) {
            return answer;
        }
        if (answer.status() / 100 == 5) {
            throw new ProblemException(502, "source-unreachable", "Bad Gateway", "the source answered " + answer.status(),
                    List.of(Violation.field("url", "the source answered " + answer.status() + ": " + excerpt(file))));
        }
        if (answer.status() != 200) {
            throw unprocessable("the source answered " + answer.status() + " to " + shorten(uri.toString()) + ": " + excerpt(file));
        }
        if (startsWith(file, '<')) {
            throw unprocessable("the source answered XML (" + (answer.contentType().isBlank() ? "no media type" : answer.contentType())
                    + "), not " + (format == ImportFormat.WB_JSON ? "World Bank JSON" : "SDMX-CSV: an SDMX-ML answer means the "
                            + "source ignores Accept: " + SDMX_CSV));
        }
        pages.add(file);
        return answer;
    }

    private static ImportFormat format(String requested, URI query) {
        if (requested != null && !requested.isBlank()) {
            ImportFormat f;
            try {
                f = ImportFormat.of(requested);
            } catch (IllegalArgumentException e) {
                f = null;
            }
            if (f != ImportFormat.WB_JSON && f != ImportFormat.SDMX_CSV) {
                throw ProblemException.invalid("format", "must be wb-json (World Bank API v2) or sdmx-csv (SDMX REST)");
            }
            return f;
        }
        String path = query.getPath().toLowerCase(Locale.ROOT);
        if (path.contains("/indicator/") || path.contains("/indicators/")) {
            return ImportFormat.WB_JSON;
        }
        if (path.contains("/data/")) {
            return ImportFormat.SDMX_CSV;
        }
        throw ProblemException.invalid("format", "could not be told from the url (neither /indicator/ nor /data/): pass wb-json or sdmx-csv");
    }

    /** An ISO 8601 date or date-time with offset, as SDMX REST's updatedAfter takes it; SDMX only. */
    private static String updatedAfter(String value, ImportFormat format) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (format != ImportFormat.SDMX_CSV) {
            throw ProblemException.invalid("updatedAfter", "applies to SDMX sources only (the World Bank API has no such parameter)");
        }
        String v = value.strip();
        try {
            if (v.length() <= 10) {
                LocalDate.parse(v);
            } else {
                OffsetDateTime.parse(v);
            }
            return v;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("updatedAfter", "must be an ISO 8601 date (2025-01-01) or date-time with offset "
                    + "(2025-01-01T00:00:00Z)");
        }
    }

    /** The release date is checked before anything is asked of the source (the import reads it again). */
    private static void checkRelease(String release) {
        if (release != null && !release.isBlank()) {
            try {
                PublicationDate.parse(release);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("release", e.getMessage() + ": the publisher's release date of the answer");
            }
        }
    }

    private static URI worldBankPage(URI asked, int page) {
        return URI.create(asked + "&page=" + page);
    }

    /** The query with the named parameters (any case) dropped and {@code added} appended. */
    static URI withParameters(URI uri, Set<String> dropped, String added) {
        StringBuilder query = new StringBuilder();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!pair.isEmpty() && !dropped.contains(name)) {
                    query.append(pair).append('&');
                }
            }
        }
        query.append(added);
        String s = uri.toString();
        int cut = s.indexOf('?');
        return URI.create((cut < 0 ? s : s.substring(0, cut)) + "?" + query);
    }

    private static boolean startsWith(Path file, char c) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b == c;
        }
    }

    /** The first 200 characters of an answer, for a message. */
    private static String excerpt(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Echo.of(new String(in.readNBytes(200), StandardCharsets.UTF_8).strip());
        }
    }

    private static String shorten(String s) {
        return Echo.of(s);
    }

    private static ProblemException unprocessable(String message) {
        return ProblemException.unprocessable(message, List.of(Violation.field("url", message)));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", dir, e.getMessage());
        }
    }
}
