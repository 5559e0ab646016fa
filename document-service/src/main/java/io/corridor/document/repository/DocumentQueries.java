package io.corridor.document.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.mapping.DocumentView;
import io.corridor.document.mapping.Rows;
import io.corridor.document.service.DocumentFilter;
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

    /**
     * One search configuration per language (see V2 migration); each is tried only on the versions
     * indexed with it, so the GIN index answers each branch. Queries are plural-folded like the text.
     */
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

    /** Markers ts_headline puts around matched words; characters that prose does not use. */
    public static final String START_MARK = "\u27E6";
    public static final String STOP_MARK = "\u27E7";

    /**
     * The page of hits is chosen first (rank only); the headline, costly, is then computed for
     * those rows alone, over the plural-folded text, which has the same characters at the same
     * places as the text. {@code fragment_start} is where the headline's passage begins (code
     * points, 0-based; -1 if not found) and {@code fragment} is that passage in the original text.
     */
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

    private final Pool pool;

    public DocumentQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<DocumentView> view(long id) {
        return pool.preparedQuery("select " + Rows.VIEW_COLUMNS + FROM + " where d.id = $1 and d.deleted_at is null")
                .execute(Tuple.of(id)).map(rows -> first(rows));
    }

    public record Listing(List<DocumentView> items, long total) {
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
    public record Match(DocumentView document, int version, double rank, String headline, int fragmentStart,
            String fragment) {
    }

    public record Matches(List<Match> items, long total) {
    }

    /**
     * Ranked matches of a web-search query ({@code "quoted phrase"}, {@code or}, {@code -excluded})
     * over the latest version of live documents.
     */
    public Uni<Matches> search(String q, DocumentFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        params.add(q);
        String where = where(filter, params) + " and " + MATCHES;
        Tuple countArgs = Tuple.from(params);
        params.add(size);
        params.add((long) page * size);
        String select = SEARCH.formatted(QUERY_OF_ROW, FROM, where, params.size() - 1, params.size(), Rows.VIEW_COLUMNS,
                QUERY_OF_ROW);
        return pool.preparedQuery("select count(*)" + FROM + where).execute(countArgs)
                .flatMap(count -> pool.preparedQuery(select).execute(Tuple.from(params)).map(rows -> {
                    List<Match> matches = new ArrayList<>();
                    for (Row row : rows) {
                        matches.add(new Match(Rows.document(row), row.getInteger("n"), row.getDouble("rank"),
                                row.getString("headline"), row.getInteger("fragment_start"), row.getString("fragment")));
                    }
                    return new Matches(matches, count.iterator().next().getLong(0));
                }));
    }

    /** The document filters; also applied by annotation search, so both kinds of hits obey them alike. */
    static String where(DocumentFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where d.deleted_at is null");
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

    private static DocumentView first(RowSet<Row> rows) {
        var it = rows.iterator();
        return it.hasNext() ? Rows.document(it.next()) : null;
    }

    private static List<DocumentView> views(RowSet<Row> rows) {
        List<DocumentView> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(Rows.document(row));
        }
        return out;
    }
}
