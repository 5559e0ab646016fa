package io.corridor.document.repository;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.engine.spi.SelfDirtinessTracker;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationFilter;
import io.corridor.document.AnnotationSpan;
import io.corridor.document.Caller;
import io.corridor.document.DocumentFilter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Listings of annotations in SQL, on the reactive pool: the visibility rule of
 * {@link io.corridor.document.Visibility} is applied in the query itself, so that only visible
 * annotations are counted, paged and returned. Read-only; the W3C form's rows become detached entities, without
 * their stored target (see {@link #COLUMNS}), the compact form's plain {@link AnnotationSpan} records.
 */
@ApplicationScoped
public class AnnotationQueries {

    /**
     * What a listed annotation is written from. Not the stored target: the written target is rebuilt from the
     * selector columns (exact, prefix, suffix, positions) and the link targets, and nothing reads a listed row's
     * target, which was a thousand jsonb values turned to text and decoded per page for nothing. Public, with
     * {@link #VISIBLE}, {@link #ON_DOCUMENT} and {@link #ORDER}, for the bench, whose listing floor runs the very
     * statement of {@link #list} (compile-time constants: the bench has none of this class's dependencies).
     */
    public static final String COLUMNS = """
            a.id, a.document_id, a.version, a.motivation, a.body::text as body, a.exact,
            a.prefix, a.suffix, a.start_pos, a.end_pos, a.reply_to, a.creator, a.visibility, a.teams, a.status,
            a.anchor_state, a.tags, a.actor_ids, a.generator, a.revision, a.created_at, a.modified_at, a.canonical,
            a.via::text as via, a.hidden_at, a.hidden_by, a.hidden_reason, a.concepts, a.link_targets::text as link_targets,
            a.linked_documents, a.layer""";

    /**
     * A reply ({@code a}) whose thread the caller ($1 name, $2 teams) may not see all of: a parent up
     * the thread deleted or not visible to them hides it (AnnotationService.threadVisible in Java),
     * so a reply never shows more than its parent, nor that the parent exists.
     */
    static final String THREAD = """
               and (a.reply_to is null or not exists (
                   with recursive up(reply_to, creator, visibility, teams, deleted_at, status, depth) as (
                       select p.reply_to, p.creator, p.visibility, p.teams, p.deleted_at, p.status, 1 from annotation p where p.id = a.reply_to
                       union all
                       select p.reply_to, p.creator, p.visibility, p.teams, p.deleted_at, p.status, up.depth + 1
                       from annotation p join up on p.id = up.reply_to where up.depth < 100)
                   select 1 from up
                   where up.deleted_at is not null or (up.depth >= 100 and up.reply_to is not null)
                      or (up.status = 'pending' and up.creator <> $1)
                      or not (up.visibility = 'public' or up.creator = $1 or (up.visibility = 'team' and up.teams && $2::text[]))))""";

    /** The rule of one annotation {@code a} for the caller ($1 name, $2 teams), its thread aside (a pending one is its creator's). */
    static final String VISIBLE_ROW = """
            (a.visibility = 'public' or a.creator = $1 or (a.visibility = 'team' and a.teams && $2::text[]))
               and (a.status <> 'pending' or a.creator = $1)""";

    /** Live annotations of live documents that the caller ($1 name, $2 teams) may see, threads included. */
    public static final String VISIBLE = """
             from annotation a join document d on d.id = a.document_id
             where a.deleted_at is null and d.deleted_at is null
               and """ + VISIBLE_ROW + "\n" + THREAD;

    /** The document filter, always the first filter ($3): a relation is listed on each of its documents. */
    public static final String ON_DOCUMENT = " and (a.document_id = $3 or a.linked_documents @> array[$3::bigint])";

    /** Oldest first; the id breaks ties so that pages never overlap or skip. */
    public static final String ORDER = " order by a.created_at, a.id";

    private final Pool pool;

    public AnnotationQueries(Pool pool) {
        this.pool = pool;
    }

    /** A page of annotations in one of their forms (entities for the W3C form, spans for the compact one), and the total. */
    public record Listing<T>(List<T> items, long total) {
    }

    /** A page of the W3C form: every column an annotation is written from. */
    public Uni<Listing<Annotation>> list(AnnotationFilter filter, Caller caller, int page, int size) {
        return page(COLUMNS, AnnotationQueries::annotation, filter, caller, page, size);
    }

    /**
     * The columns the container's compact form reads (mapping.AnnotationSpanWriter): a listing of a document's
     * thousands of annotations for the reader's highlights then sorts no quote, selector or provenance along with
     * them. The tags come as the JSON array of the tagging bodies' values that PostgreSQL keeps beside the body
     * (V14), copied into the answer as they are: a JSON parser per annotation was a quarter of the service's CPU for
     * a page of 5,000, and the JSON path evaluated per row at each read a third of the statement's time.
     */
    private static final String SPAN_COLUMNS = """
            a.id, a.document_id, a.motivation, a.start_pos, a.end_pos, a.reply_to, a.creator, a.visibility, a.status,
            a.anchor_state, a.actor_ids, a.hidden_at is not null as hidden, a.link_targets::text as link_targets,
            a.tag_values::text as tags""";

    /** A page of the compact form, ordered, filtered and counted as {@link #list}'s. */
    public Uni<Listing<AnnotationSpan>> spans(AnnotationFilter filter, Caller caller, int page, int size) {
        return page(SPAN_COLUMNS, AnnotationQueries::span, filter, caller, page, size);
    }

    /**
     * Oldest first; the id breaks ties so that pages never overlap or skip. The page is read with one row
     * more than asked: when it is not full, the total is known without counting (a document's annotations
     * usually fit in one page, and the count cost as much as the page); only a full page, or one past the
     * end, is followed by the count. (A window count in the statement instead cost the compact page of 5,000 a
     * fifth of its time: every row was held until the last had been counted.)
     */
    private <T> Uni<Listing<T>> page(String columns, Function<Row, T> read, AnnotationFilter filter, Caller caller,
            int page, int size) {
        long offset = (long) page * size;
        Paged q = paged(columns, filter, caller, size + 1, offset);
        return pool.preparedQuery(q.select()).execute(q.args()).flatMap(rows -> {
            List<T> items = new ArrayList<>(Math.min(rows.size(), size));
            for (Row row : rows) {
                if (items.size() < size) {
                    items.add(read.apply(row));
                }
            }
            if (rows.size() <= size && (!items.isEmpty() || offset == 0)) {
                return Uni.createFrom().item(new Listing<>(items, offset + items.size()));
            }
            return count(q).map(total -> new Listing<>(items, total));
        });
    }

    /** A page's statement and arguments (the caller's visibility and the filters, then limit and offset), and its count's. */
    private record Paged(String select, Tuple args, String count, Tuple countArgs) {
    }

    private static Paged paged(String columns, AnnotationFilter filter, Caller caller, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        params.add(caller.name());
        params.add(caller.teams().toArray(String[]::new));
        String where = " " + VISIBLE + filters(filter, params);
        Tuple countArgs = Tuple.from(params);
        params.add(limit);
        params.add(offset);
        String select = "select " + columns + where + ORDER + " limit $" + (params.size() - 1)
                + " offset $" + params.size();
        return new Paged(select, Tuple.from(params), "select count(*)" + where, countArgs);
    }

    /** The total, counted: for a full page, or one past the end. */
    private Uni<Long> count(Paged q) {
        return pool.preparedQuery(q.count()).execute(q.countArgs()).map(c -> c.iterator().next().getLong(0));
    }

    /** The columns as {@link #span} reads them; checked against {@link #SPAN_COLUMNS} at start. */
    static final List<String> SPAN_READ_ORDER = List.of("id", "document_id", "motivation", "start_pos", "end_pos", "reply_to",
            "creator", "visibility", "status", "anchor_state", "actor_ids", "hidden", "link_targets", "tags");

    /** A row of {@link #spans}, by position, as {@link #annotation}. */
    private static AnnotationSpan span(Row row) {
        return new AnnotationSpan(row.getUUID(0), row.getLong(1), row.getString(2), row.getInteger(3), row.getInteger(4),
                row.getUUID(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                row.getArrayOfLongs(10), row.getBoolean(11), row.getString(12), row.getString(13));
    }

    /**
     * An entity for a row read here, its field writes untracked: Hibernate's enhanced entities record each
     * write for a flush (the names written so far searched and copied on every write: a tenth of a listing's
     * CPU in the service, bench/results/profiles/annotation-list-1000.md), and these rows are never flushed.
     */
    private static Annotation detached() {
        Annotation a = new Annotation();
        if (a instanceof SelfDirtinessTracker tracked) {
            tracked.$$_hibernate_suspendDirtyTracking(true);
        }
        return a;
    }

    /** An annotation whose bodies match a search, with ts_headline's passage of their text. */
    public record TextMatch(Annotation annotation, double rank, String headline, int fragmentStart, String fragment) {
    }

    public record TextMatches(List<TextMatch> items, long total) {
    }

    /** The text of an annotation's TextualBodies (comments, tags), one per line. */
    private static final String BODY_TEXT = """
             cross join lateral (select coalesce(string_agg(b ->> 'value', E'\\n'), '') as body_text
                                 from jsonb_array_elements(a.body) b where jsonb_typeof(b -> 'value') = 'string') x""";

    /**
     * Annotations the caller may see whose body text matches a web-search query, best first, on
     * documents that pass the document filters. The text is searched with its document's
     * configuration (language), plural-folded like documents; there is no index on it: annotations
     * are short and few next to documents. ts_headline drops what looks like HTML tags, so angle
     * brackets are swapped for look-alikes of the same length before it sees the text; the passage
     * itself is then taken from the original text at the same place.
     */
    public Uni<TextMatches> search(String q, DocumentFilter documents, Caller caller, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(caller.name());
        params.add(caller.teams().toArray(String[]::new));
        params.add(q);
        String query = "websearch_to_tsquery(corridor_search_config(d.language), corridor_fold_plurals($3))";
        String vector = "to_tsvector(corridor_search_config(d.language), corridor_fold_plurals(x.body_text))";
        String where = " from annotation a join document d on d.id = a.document_id " + BODY_TEXT
                + " where a.deleted_at is null and d.deleted_at is null"
                + " and (a.visibility = 'public' or a.creator = $1 or (a.visibility = 'team' and a.teams && $2::text[]))"
                // a pending annotation is its creator's; a hidden one's words are searched by its creator only
                + " and ((a.status <> 'pending' and a.hidden_at is null) or a.creator = $1)"
                + THREAD
                + DocumentQueries.where(documents, params).replaceFirst("^ where d\\.deleted_at is null", "")
                + " and " + vector + " @@ " + query;
        Tuple countArgs = Tuple.from(params);
        params.add(limit);
        params.add(offset);
        String select = "with hits as (select a.id as hit_id, x.body_text, ts_rank(" + vector + ", " + query + ") as rank"
                + where + " order by rank desc, a.id limit $" + (params.size() - 1) + " offset $" + params.size() + ")"
                + " select " + COLUMNS + """
                , hits.rank, h.headline, strpos(f.folded, p.plain) - 1 as fragment_start,
                  substring(hits.body_text from strpos(f.folded, p.plain) for char_length(p.plain)) as fragment
                from hits join annotation a on a.id = hits.hit_id join document d on d.id = a.document_id
                cross join lateral (select translate(corridor_fold_plurals(hits.body_text), '<>', '\u2039\u203A') as folded) f
                cross join lateral (select ts_headline(corridor_search_config(d.language), f.folded,
                    websearch_to_tsquery(corridor_search_config(d.language), corridor_fold_plurals($3)),
                    'StartSel=\u27E6, StopSel=\u27E7, MaxFragments=1, MaxWords=30, MinWords=12, FragmentDelimiter=" … "') as headline) h
                cross join lateral (select replace(replace(h.headline, '\u27E6', ''), '\u27E7', '') as plain) p
                order by hits.rank desc, a.id""";
        return pool.preparedQuery("select count(*)" + where).execute(countArgs)
                .flatMap(count -> pool.preparedQuery(select).execute(Tuple.from(params)).map(rows -> {
                    List<TextMatch> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new TextMatch(annotation(row), row.getDouble("rank"), row.getString("headline"),
                                row.getInteger("fragment_start"), row.getString("fragment")));
                    }
                    return new TextMatches(items, count.iterator().next().getLong(0));
                }));
    }

    private static String filters(AnnotationFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (f.document() != null) {
            params.add(f.document());
            if (params.size() != 3) {
                throw new IllegalStateException("the document filter is the first after the caller and the teams");
            }
            sql.append(ON_DOCUMENT);
        }
        if (f.creator() != null) {
            params.add(f.creator());
            sql.append(" and a.creator = $").append(params.size());
        }
        if (f.tag() != null) {
            params.add(f.tag());
            sql.append(" and a.tags @> array[$").append(params.size()).append("::text]");
        }
        if (f.motivation() != null) {
            params.add(f.motivation());
            sql.append(" and a.motivation = $").append(params.size());
        }
        if (f.actor() != null) {
            params.add(f.actor());
            sql.append(" and a.actor_ids @> array[$").append(params.size()).append("::bigint]");
        }
        if (f.from() != null) {
            params.add(f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
            sql.append(" and a.created_at >= $").append(params.size());
        }
        if (f.to() != null) {
            params.add(f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            sql.append(" and a.created_at < $").append(params.size());
        }
        if (f.status() != null) {
            params.add(f.status());
            sql.append(" and a.status = $").append(params.size());
        }
        if (f.layer() != null) {
            params.add(f.layer());
            sql.append(" and a.layer = $").append(params.size());
        }
        if (f.concept() != null) {
            // the concept and every narrower one, transitively (union stops at a cycle): by IRI, in any vocabulary
            params.add(f.concept());
            sql.append(" and a.concepts && array(with recursive n(iri) as (select $").append(params.size())
                    .append("::text union select c.iri from concept c join n on c.broader @> array[n.iri]) select iri from n)");
        }
        return sql.toString();
    }

    /** The columns as {@link #annotation} reads them, one after the other; checked against {@link #COLUMNS} at start. */
    static final List<String> READ_ORDER = List.of("id", "document_id", "version", "motivation", "body", "exact", "prefix", "suffix", "start_pos", "end_pos", "reply_to", "creator", "visibility", "teams", "status", "anchor_state", "tags", "actor_ids", "generator", "revision", "created_at", "modified_at", "canonical", "via", "hidden_at", "hidden_by", "hidden_reason", "concepts", "link_targets", "linked_documents", "layer");

    static {
        checkReadOrder("annotation", COLUMNS, READ_ORDER);
        checkReadOrder("span", SPAN_COLUMNS, SPAN_READ_ORDER);
    }

    /** A reader by position that does not read what the select lists, in its order, stops the class from loading. */
    private static void checkReadOrder(String reader, String columns, List<String> order) {
        List<String> selected = topLevel(columns).stream().map(c -> c.strip().replaceAll(".*[ .]", "")).toList();
        if (!selected.equals(order)) {
            throw new IllegalStateException("AnnotationQueries." + reader + " reads " + order + ", the select lists " + selected);
        }
    }

    /** The items of a select list: split at its commas outside parentheses and quotes (a function's arguments). */
    private static List<String> topLevel(String columns) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int from = 0;
        boolean quoted = false;
        for (int i = 0; i < columns.length(); i++) {
            char c = columns.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == ')')) {
                depth += c == '(' ? 1 : -1;
            } else if (!quoted && depth == 0 && c == ',') {
                items.add(columns.substring(from, i));
                from = i + 1;
            }
        }
        items.add(columns.substring(from));
        return items;
    }

    /**
     * The row of {@link #COLUMNS} (first in the select, whatever follows) as an entity, read by position in the
     * order of {@link #READ_ORDER}: by name, each read searched the row's column names, which with a thousand
     * rows of 31 columns was a tenth of a listing's CPU.
     */
    static Annotation annotation(Row row) {
        Annotation a = detached();
        int i = 0;
        a.id = row.getUUID(i++);
        a.documentId = row.getLong(i++);
        a.version = row.getInteger(i++);
        a.motivation = row.getString(i++);
        a.body = row.getString(i++);
        a.exact = row.getString(i++);
        a.prefix = row.getString(i++);
        a.suffix = row.getString(i++);
        a.startPos = row.getInteger(i++);
        a.endPos = row.getInteger(i++);
        a.replyTo = row.getUUID(i++);
        a.creator = row.getString(i++);
        a.visibility = row.getString(i++);
        a.teams = row.getArrayOfStrings(i++);
        a.status = row.getString(i++);
        a.anchorState = row.getString(i++);
        a.tags = row.getArrayOfStrings(i++);
        a.actorIds = row.getArrayOfLongs(i++);
        a.generator = row.getString(i++);
        a.revision = row.getLong(i++);
        a.createdAt = row.getOffsetDateTime(i++);
        a.modifiedAt = row.getOffsetDateTime(i++);
        a.canonical = row.getString(i++);
        a.via = row.getString(i++);
        a.hiddenAt = row.getOffsetDateTime(i++);
        a.hiddenBy = row.getString(i++);
        a.hiddenReason = row.getString(i++);
        a.concepts = row.getArrayOfStrings(i++);
        a.linkTargets = row.getString(i++);
        a.linkedDocuments = row.getArrayOfLongs(i++);
        a.layer = row.getString(i++);
        return a;
    }
}
