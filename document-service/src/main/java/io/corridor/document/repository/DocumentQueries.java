package io.corridor.document.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.api.Document;
import io.corridor.document.mapping.Rows;
import io.corridor.document.DocumentFilter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads that SQL says best: views of documents with their latest version, filtered listings and
 * full-text search. Read-only, on the reactive pool; writes go through the Panache repositories.
 */
@ApplicationScoped
public class DocumentQueries {

    static final String FROM = " from document d join document_version v on v.document_id = d.id and v.n = d.latest_version ";

    /** The start of every filter: live documents only. */
    private static final String LIVE = " where d.deleted_at is null";

    /**
     * One search configuration per language (see V2 migration), stored per version (V5); each is
     * tried only on the versions indexed with it, so the GIN index answers each branch. Queries are
     * plural-folded like the text.
     */
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

    /** Markers ts_headline puts around matched words; characters that prose does not use. */
    public static final String START_MARK = "\u27E6";
    public static final String STOP_MARK = "\u27E7";

    /**
     * Code points of text in which the snippet is looked for: the first window (in text order) that
     * matches the query; windows start every {@link #WINDOW_STEP} code points and overlap by as
     * much, so that a phrase across a step boundary lies whole in one of them.
     */
    static final int WINDOW_STEP = 3000;

    /**
     * One statement, whose cost is bounded by the cap, not by the number of matches:
     * <ol>
     * <li>{@code candidates}: at most cap + 1 matches, the newest versions first (the planner walks
     * the primary key backwards and stops there when matches are frequent, and reads them all from
     * the GIN index when they are rare); their count tells an exact total from "more than cap";</li>
     * <li>{@code hits}: the page, ranked (ts_rank) among the cap newest candidates only: when more
     * documents match, older ones are neither ranked nor reachable by paging (the trade-off that
     * keeps the cost flat; the total says {@code gte});</li>
     * <li>for the page's rows alone, the snippet: the text is cut into windows of two steps (cheap:
     * one regular expression pass, chunks of 250 because PostgreSQL caps a repetition at 255), the
     * first window that matches is plural-folded and given to ts_headline, so neither the folding nor
     * ts_headline reads the whole of a long document. Folding keeps lengths, so the headline's
     * passage is found in the folded window and taken from the original window at the same place;
     * {@code fragment_start} is its offset in the text (code points, 0-based; -1 if not found).</li>
     * </ol>
     * The count is one row even when the page is empty (past the last hit).
     */
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

    private final Pool pool;

    public DocumentQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Document> view(long id) {
        return pool.preparedQuery("select " + Rows.VIEW_COLUMNS + FROM + " where d.id = $1 and d.deleted_at is null")
                .execute(Tuple.of(id)).map(rows -> first(rows));
    }

    public record Listing(List<Document> items, long total) {
    }

    /** Newest first; the id breaks ties so that pages never overlap or skip. */
    public Uni<Listing> list(DocumentFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        Tuple countArgs = Tuple.from(params);
        params.add(size);
        params.add((long) page * size);
        String select = "select " + Rows.VIEW_COLUMNS + FROM + where + " order by d.created_at desc, d.id desc limit $"
                + (params.size() - 1) + " offset $" + params.size();
        return pool.preparedQuery("select count(*)" + FROM + where).execute(countArgs)
                .flatMap(count -> pool.preparedQuery(select).execute(Tuple.from(params))
                        .map(rows -> new Listing(views(rows), count.iterator().next().getLong(0))));
    }

    /** A matched document with ts_headline's passage (marked with {@link #START_MARK}/{@link #STOP_MARK}), placed in its text. */
    public record Match(Document document, int version, double rank, String headline, int fragmentStart,
            String fragment) {
    }

    /** The page of matches and how many documents match: exactly, or more than that many when {@code capped}. */
    public record Matches(List<Match> items, long total, boolean capped) {
    }

    /**
     * Ranked matches of a web-search query ({@code "quoted phrase"}, {@code or}, {@code -excluded})
     * over the latest version of live documents, among at most {@code cap} of them (see {@link #SEARCH}).
     */
    public Uni<Matches> search(String q, DocumentFilter filter, int cap, int page, int size) {
        List<Object> params = new ArrayList<>();
        params.add(q);
        String where = where(filter, params);
        params.add(cap);
        params.add(size);
        params.add((long) page * size);
        String select = searchStatement(where, params.size());
        return pool.preparedQuery(select).execute(Tuple.from(params)).map(rows -> {
            List<Match> matches = new ArrayList<>();
            long total = 0;
            for (Row row : rows) {
                total = row.getLong("matched");
                if (row.getValue("id") != null) { // null: the page is past the last hit
                    matches.add(new Match(Rows.document(row), row.getInteger("n"), row.getDouble("rank"),
                            row.getString("headline"), row.getInteger("fragment_start"), row.getString("fragment")));
                }
            }
            return new Matches(matches, Math.min(total, cap), total > cap);
        });
    }

    /**
     * The statement of {@link #search} over the documents that {@code where} keeps: {@code $1} the
     * query, then the parameters of {@code where}, then the cap, the page size and the offset, the
     * last of them {@code $parameters}.
     */
    static String searchStatement(String where, int parameters) {
        return SEARCH.formatted(QUERY_OF_ROW, FROM, where + " and " + MATCHES, parameters - 2, parameters - 1,
                parameters, Rows.VIEW_COLUMNS, WINDOW_STEP, WINDOW_STEP / 250);
    }

    /**
     * The statement of {@link #search} without filters: {@code $1} the query, {@code $2} the cap,
     * {@code $3} the page size, {@code $4} the offset. Public for the bench, whose search floor runs
     * this very text.
     */
    public static String unfilteredSearchStatement() {
        return searchStatement(LIVE, 4);
    }

    /** The document filters; also applied by annotation search, so both kinds of hits obey them alike. */
    static String where(DocumentFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder(LIVE);
        if (filter.kind() != null) {
            params.add(filter.kind());
            sql.append(" and d.kind = $").append(params.size());
        }
        if (filter.language() != null) {
            params.add(filter.language());
            sql.append(" and (d.language = $").append(params.size()).append(" or d.language like $")
                    .append(params.size()).append(" || '-%')");
        }
        if (filter.from() != null) {
            params.add(filter.from().start());
            sql.append(" and d.date_end >= $").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to().end());
            sql.append(" and d.date_start <= $").append(params.size());
        }
        if (filter.tag() != null) {
            params.add(filter.tag());
            sql.append(" and d.tags @> array[$").append(params.size()).append("::text]");
        }
        return sql.toString();
    }

    private static Document first(RowSet<Row> rows) {
        var it = rows.iterator();
        return it.hasNext() ? Rows.document(it.next()) : null;
    }

    private static List<Document> views(RowSet<Row> rows) {
        List<Document> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(Rows.document(row));
        }
        return out;
    }
}
