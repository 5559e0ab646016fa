package io.corridor.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import io.corridor.demo.Api;
import io.corridor.document.repository.DocumentQueries;

/**
 * Issue #3, search: p50/p95 of {@code GET /api/v1/search} at growing numbers of documents, each
 * against the same statement (capped count, the page ranked among at most 1000 matches, snippets)
 * run raw over JDBC on the documents database. Documents are seeded in bulk with COPY as rows shaped exactly as
 * the document-service writes them (document, document_version whose generated {@code search}
 * column and GIN index do the indexing, document_original), with French text drawn from the corpus.
 */
public class DocumentSearch implements Benchmark {

    /** Seeded documents carry this tag and this creator, and go when the benchmark ends. */
    static final String TAG = "corridor-bench-search";
    private static final String CREATOR = "corridor-bench";
    private static final int BATCH = 5_000;
    private static final int TEXT_CHARS = 1_200;

    /** Web-search queries of the kinds users type: one word, a quoted phrase, an exclusion, an "or". */
    static final List<String> QUERIES = List.of("réadmission", "diaspora", "\"accord de réadmission\"",
            "sécurité -Bamako", "transferts or envois", "Maliens de l'extérieur");

    /** The floor: the service's own search statement without filters ($1 query, $2 cap, $3 page size, $4 offset). */
    static final String SEARCH_SQL = DocumentQueries.unfilteredSearchStatement();
    /** The service's default corridor.search.max-matches. */
    static final int MAX_MATCHES = 1000;
    private static final int PAGE_SIZE = 20;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public List<Figure> run(Target target, Scale scale) throws Exception {
        CorpusText corpus = CorpusText.read(target);
        Random random = new Random(3);
        Api api = target.api();
        List<Figure> figures = new ArrayList<>();
        try (Connection c = Database.connect(target, "documents")) {
            cleanUp(c);
            int seeded = 0;
            for (int size : scale.searchSizes()) {
                long t0 = System.nanoTime();
                seed(c, corpus, random, size - seeded);
                seeded = size;
                System.out.printf("[bench]   %d documents seeded (%.1f s)%n", size, (System.nanoTime() - t0) / 1e9);
                StringBuilder hits = new StringBuilder();
                for (String q : QUERIES) {
                    var found = api.get("/api/v1/search?size=1&q=" + Api.encode(q));
                    hits.append(hits.isEmpty() ? "" : ", ").append(q).append(": ")
                            .append("gte".equals(found.path("totalRelation").asText()) ? "more than " : "")
                            .append(found.path("total").asLong());
                }
                AtomicInteger next = new AtomicInteger();
                Measurement gateway = Load.run("GET /api/v1/search through the gateway", scale.concurrency(),
                        scale.warmup(), scale.duration(), () -> {
                            String q = QUERIES.get(Math.floorMod(next.getAndIncrement(), QUERIES.size()));
                            HttpResponse<String> r = api.send(api.request("/api/v1/search?size=" + PAGE_SIZE + "&q="
                                    + Api.encode(q)).GET().build());
                            return r.statusCode() == 200;
                        });
                Measurement floor = rawSql(target, scale, next);
                figures.add(Figure.latencyRatio("search-p95-" + size,
                        "search p95 with " + size + " seeded documents, page of " + PAGE_SIZE + ", through the gateway vs "
                                + "the service's search statement (count capped at " + MAX_MATCHES + ", page, snippets) raw "
                                + "over JDBC (pgbench is not shipped "
                                + "with the embedded PostgreSQL, so the floor is a JDBC loop of the same SQL)",
                        gateway, floor, null, "hits per query at " + size + ": " + hits).onCurve("search-p95", size));
            }
        } finally {
            try (Connection c = Database.connect(target, "documents")) {
                cleanUp(c);
            }
        }
        if (figures.size() >= 2) {
            Figure first = figures.getFirst();
            Figure last = figures.getLast();
            double sizeGrowth = last.x() / first.x();
            double gatewayGrowth = last.measured().p95Ms() / first.measured().p95Ms();
            double sqlGrowth = last.floor().p95Ms() / first.floor().p95Ms();
            // failed (timed-out) requests are not timed, so a side with failures understates its growth:
            // the figure takes the larger of the two growths
            double p95Growth = Math.max(gatewayGrowth, sqlGrowth);
            figures.add(new Figure("search-growth", "growth of the search p95 from " + first.x().intValue() + " to "
                    + last.x().intValue() + " documents, over the growth of the corpus (1.0 = linear; lower is better)",
                    last.measured(), first.measured(), p95Growth / sizeGrowth, null, false, "ops/s",
                    String.format(java.util.Locale.ROOT, "p95 grew %.1f× through the gateway and %.1f× as raw SQL while "
                            + "the corpus grew %.0f×", gatewayGrowth, sqlGrowth, sizeGrowth)));
        }
        return figures;
    }

    private static Measurement rawSql(Target target, Scale scale, AtomicInteger next) throws Exception {
        try (PerThreadConnections connections = Database.perThread(target, "documents")) {
            return Load.run("search SQL raw over JDBC", scale.concurrency(), scale.warmup(), scale.duration(),
                    () -> {
                        String q = QUERIES.get(Math.floorMod(next.getAndIncrement(), QUERIES.size()));
                        Connection c = connections.get();
                        try (PreparedStatement page = Database.prepare(c, SEARCH_SQL, q, MAX_MATCHES, PAGE_SIZE, 0L)) {
                            Database.rows(page);
                        }
                        return true;
                    });
        }
    }

    /** {@code count} more documents, COPY in batches, each batch one transaction, then fresh statistics. */
    private static void seed(Connection c, CorpusText corpus, Random random, int count) throws Exception {
        if (count <= 0) {
            return;
        }
        long firstDocument = Database.reserveIds(c, "document_seq", count);
        long firstVersion = Database.reserveIds(c, "document_version_seq", count);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        c.setAutoCommit(false);
        try {
            for (int start = 0; start < count; start += BATCH) {
                StringBuilder documents = new StringBuilder();
                StringBuilder versions = new StringBuilder();
                StringBuilder originals = new StringBuilder();
                for (int i = start; i < Math.min(count, start + BATCH); i++) {
                    long id = firstDocument + i;
                    long versionId = firstVersion + i;
                    String text = corpus.generated(random, TEXT_CHARS);
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    String title = text.substring(0, Math.min(120, text.indexOf(' ', 60) > 0 ? text.indexOf(' ', 60) : 60));
                    Database.row(documents, id, title, "other", "fr", CREATOR, "{" + TAG + "}", 1);
                    Database.row(versions, versionId, id, 1, HexFormat.of().formatHex(sha.digest(bytes)),
                            "text/plain", "bench-" + id + ".txt", bytes.length, text,
                            text.codePointCount(0, text.length()), "fr", CREATOR);
                    Database.row(originals, versionId, "\\x" + HexFormat.of().formatHex(bytes));
                }
                Database.copy(c, "copy document (id, title, kind, language, created_by, tags, latest_version) from stdin",
                        Database.utf8(documents));
                Database.copy(c, "copy document_version (id, document_id, n, sha256, media_type, file_name, size, text, "
                        + "text_length, language, created_by) from stdin", Database.utf8(versions));
                Database.copy(c, "copy document_original (version_id, bytes) from stdin", Database.utf8(originals));
                c.commit();
            }
        } finally {
            c.setAutoCommit(true);
        }
        Database.execute(c, "analyze document");
        Database.execute(c, "analyze document_version");
    }

    private static void cleanUp(Connection c) throws Exception {
        Database.execute(c, "delete from document where '" + TAG + "' = any(tags)");
    }
}
