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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.corridor.demo.Api;

/**
 * Issue #3, search: p50/p95 of {@code GET /api/v1/search} at growing numbers of documents, each
 * against the same two statements (count, then the ranked page with its headline) run raw over
 * JDBC on the documents database. Documents are seeded in bulk with COPY as rows shaped exactly as
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

    // --- The statements of io.corridor.document.repository.DocumentQueries#search without filters,
    // --- mirrored here as the floor (same text, same $n parameters, same order: count, then page).
    private static final String FROM = " from document d join document_version v on v.document_id = d.id and v.n = d.latest_version ";
    private static final String MATCHES = """
             ((corridor_search_config(v.language) = 'corridor_fr'::regconfig
                  and v.search @@ websearch_to_tsquery('corridor_fr', corridor_fold_plurals($1)))
              or (corridor_search_config(v.language) = 'corridor_en'::regconfig
                  and v.search @@ websearch_to_tsquery('corridor_en', corridor_fold_plurals($1)))
              or (corridor_search_config(v.language) = 'corridor_simple'::regconfig
                  and v.search @@ websearch_to_tsquery('corridor_simple', corridor_fold_plurals($1))))
            """;
    private static final String QUERY_OF_ROW = """
            websearch_to_tsquery(corridor_search_config(v.language), corridor_fold_plurals($1))""";
    private static final String VIEW_COLUMNS = """
            d.id, d.title, d.authors, d.issuer, d.date, d.kind, d.language, d.source_url,
            d.tags, d.revision, d.created_by, d.created_at, d.updated_at,
            v.n, v.sha256, v.media_type, v.file_name, v.size, v.text_length, v.no_text_layer,
            cardinality(v.page_ends) as page_count, v.created_by as version_created_by,
            v.created_at as version_created_at""";
    private static final String SEARCH = """
            with hits as (
                select d.id as doc_id, v.id as version_id, ts_rank(v.search, %s) as rank
                %s %s
                order by rank desc, d.id asc limit $%d offset $%d)
            select %s, hits.rank, h.headline, strpos(f.folded, p.plain) - 1 as fragment_start,
                   substring(v.text from strpos(f.folded, p.plain) for char_length(p.plain)) as fragment
            from hits join document d on d.id = hits.doc_id join document_version v on v.id = hits.version_id
            cross join lateral (select corridor_fold_plurals(v.text) as folded) f
            cross join lateral (select ts_headline(corridor_search_config(v.language), f.folded, %s,
                'StartSel=\u27E6, StopSel=\u27E7, MaxFragments=1, MaxWords=30, MinWords=12, FragmentDelimiter=" … "') as headline) h
            cross join lateral (select replace(replace(h.headline, '\u27E6', ''), '\u27E7', '') as plain) p
            order by hits.rank desc, d.id asc""";
    private static final String WHERE = " where d.deleted_at is null and " + MATCHES;
    static final String COUNT_SQL = "select count(*)" + FROM + WHERE;
    static final String PAGE_SQL = SEARCH.formatted(QUERY_OF_ROW, FROM, WHERE, 2, 3, VIEW_COLUMNS, QUERY_OF_ROW);
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
                    hits.append(hits.isEmpty() ? "" : ", ").append(q).append(": ")
                            .append(api.get("/api/v1/search?size=1&q=" + Api.encode(q)).path("total").asLong());
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
                                + "the service's count and page statements raw over JDBC (pgbench is not shipped "
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
        ConcurrentLinkedQueue<Connection> opened = new ConcurrentLinkedQueue<>();
        ThreadLocal<Connection> connection = ThreadLocal.withInitial(() -> {
            try {
                Connection c = Database.connect(target, "documents");
                opened.add(c);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return Load.run("count and page SQL raw over JDBC", scale.concurrency(), scale.warmup(), scale.duration(),
                    () -> {
                        String q = QUERIES.get(Math.floorMod(next.getAndIncrement(), QUERIES.size()));
                        Connection c = connection.get();
                        try (PreparedStatement count = Database.prepare(c, COUNT_SQL, q);
                                PreparedStatement page = Database.prepare(c, PAGE_SQL, q, PAGE_SIZE, 0L)) {
                            Database.rows(count);
                            Database.rows(page);
                        }
                        return true;
                    });
        } finally {
            for (Connection c : opened) {
                c.close();
            }
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
