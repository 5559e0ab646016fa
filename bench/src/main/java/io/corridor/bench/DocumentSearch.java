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

    // --- The statement of io.corridor.document.repository.DocumentQueries#search without filters,
    // --- mirrored here as the floor (same text, same $n parameters: query, cap, page size, offset).
    private static final String FROM = " from document d join document_version v on v.document_id = d.id and v.n = d.latest_version ";
    private static final String MATCHES = """
             ((v.search_config = 'corridor_fr'::regconfig
                  and v.search @@ websearch_to_tsquery('corridor_fr', corridor_fold_plurals($1)))
              or (v.search_config = 'corridor_en'::regconfig
                  and v.search @@ websearch_to_tsquery('corridor_en', corridor_fold_plurals($1)))
              or (v.search_config = 'corridor_simple'::regconfig
                  and v.search @@ websearch_to_tsquery('corridor_simple', corridor_fold_plurals($1))))
            """;
    private static final String QUERY_OF_ROW = """
            websearch_to_tsquery(v.search_config, corridor_fold_plurals($1))""";
    private static final String VIEW_COLUMNS = """
            d.id, d.title, d.authors, d.issuer, d.date, d.kind, d.language, d.source_url,
            d.tags, d.revision, d.created_by, d.created_at, d.updated_at,
            v.n, v.sha256, v.media_type, v.file_name, v.size, v.text_length, v.no_text_layer,
            cardinality(v.page_ends) as page_count, v.created_by as version_created_by,
            v.created_at as version_created_at""";
    private static final int WINDOW_STEP = 3000;
    private static final String SEARCH = """
            with candidates as materialized (
                select d.id as doc_id, v.id as version_id, row_number() over (order by v.id desc) as n,
                       ts_rank(v.search, %1$s) as rank
                %2$s %3$s
                order by v.id desc limit $%4$d + 1),
            hits as (select * from candidates where n <= $%4$d order by rank desc, doc_id asc limit $%5$d offset $%6$d)
            select matched.total as matched, page.* from (select count(*) as total from candidates) matched
            left join lateral (
                select %7$s, hits.rank, h.headline,
                       (case when strpos(w.folded, p.plain) > 0 then w.start + strpos(w.folded, p.plain) - 1 else -1 end)::int
                           as fragment_start,
                       substring(w.piece from strpos(w.folded, p.plain) for char_length(p.plain)) as fragment
                from hits join document d on d.id = hits.doc_id join document_version v on v.id = hits.version_id
                left join lateral (
                    select c.start, c.piece, corridor_fold_plurals(c.piece) as folded
                    from (select (g.k * %8$d)::int as start, g.chunk || coalesce(lead(g.chunk) over (order by g.k), '') as piece
                          from (select (r.n - 1) / %9$d as k, string_agg(r.m[1], '' order by r.n) as chunk
                                from regexp_matches(left(v.text, 1000000), '.{1,250}', 'g') with ordinality as r(m, n)
                                group by 1) g) c
                    where v.text_length <= %8$d or to_tsvector(v.search_config, corridor_fold_plurals(c.piece)) @@ %1$s
                    limit 1) w on true
                left join lateral (select ts_headline(v.search_config, w.folded, %1$s,
                    'StartSel=\u27E6, StopSel=\u27E7, MaxFragments=1, MaxWords=30, MinWords=12, FragmentDelimiter=" … "') as headline) h on true
                cross join lateral (select replace(replace(h.headline, '\u27E6', ''), '\u27E7', '') as plain) p) page on true
            order by page.rank desc, page.id asc""";
    private static final String WHERE = " where d.deleted_at is null and " + MATCHES;
    static final String SEARCH_SQL = SEARCH.formatted(QUERY_OF_ROW, FROM, WHERE, 2, 3, 4, VIEW_COLUMNS, WINDOW_STEP,
            WINDOW_STEP / 250);
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
