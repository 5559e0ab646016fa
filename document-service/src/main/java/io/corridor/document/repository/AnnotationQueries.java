package io.corridor.document.repository;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Annotation;
import io.corridor.document.service.AnnotationFilter;
import io.corridor.document.service.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Listings of annotations in SQL, on the reactive pool: the visibility rule of
 * {@link io.corridor.document.Visibility} is applied in the query itself, so that only visible
 * annotations are counted, paged and returned. Read-only; the rows become detached entities.
 */
@ApplicationScoped
public class AnnotationQueries {

    static final String COLUMNS = """
            a.id, a.document_id, a.version, a.motivation, a.body::text as body, a.target::text as target, a.exact,
            a.prefix, a.suffix, a.start_pos, a.end_pos, a.reply_to, a.creator, a.visibility, a.teams, a.status,
            a.anchor_state, a.tags, a.actor_ids, a.generator, a.revision, a.created_at, a.modified_at""";

    /** Live annotations of live documents that the caller ($1 name, $2 teams) may see. */
    static final String VISIBLE = """
             from annotation a join document d on d.id = a.document_id
             where a.deleted_at is null and d.deleted_at is null
               and (a.visibility = 'public' or a.creator = $1 or (a.visibility = 'team' and a.teams && $2::text[]))""";

    private final Pool pool;

    public AnnotationQueries(Pool pool) {
        this.pool = pool;
    }

    public record Listing(List<Annotation> items, long total) {
    }

    /** Oldest first; the id breaks ties so that pages never overlap or skip. */
    public Uni<Listing> list(AnnotationFilter filter, Caller caller, int page, int size) {
        List<Object> params = new ArrayList<>();
        params.add(caller.name());
        params.add(caller.teams().toArray(String[]::new));
        String where = " " + VISIBLE + filters(filter, params);
        Tuple countArgs = Tuple.from(params);
        params.add(size);
        params.add((long) page * size);
        String select = "select " + COLUMNS + where + " order by a.created_at, a.id limit $" + (params.size() - 1)
                + " offset $" + params.size();
        return pool.preparedQuery("select count(*)" + where).execute(countArgs)
                .flatMap(count -> pool.preparedQuery(select).execute(Tuple.from(params)).map(rows -> {
                    List<Annotation> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(annotation(row));
                    }
                    return new Listing(items, count.iterator().next().getLong(0));
                }));
    }

    private static String filters(AnnotationFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (f.document() != null) {
            params.add(f.document());
            sql.append(" and a.document_id = $").append(params.size());
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
        return sql.toString();
    }

    static Annotation annotation(Row row) {
        Annotation a = new Annotation();
        a.id = row.getUUID("id");
        a.documentId = row.getLong("document_id");
        a.version = row.getInteger("version");
        a.motivation = row.getString("motivation");
        a.body = row.getString("body");
        a.target = row.getString("target");
        a.exact = row.getString("exact");
        a.prefix = row.getString("prefix");
        a.suffix = row.getString("suffix");
        a.startPos = row.getInteger("start_pos");
        a.endPos = row.getInteger("end_pos");
        a.replyTo = row.getUUID("reply_to");
        a.creator = row.getString("creator");
        a.visibility = row.getString("visibility");
        a.teams = row.getArrayOfStrings("teams");
        a.status = row.getString("status");
        a.anchorState = row.getString("anchor_state");
        a.tags = row.getArrayOfStrings("tags");
        a.actorIds = row.getArrayOfLongs("actor_ids");
        a.generator = row.getString("generator");
        a.revision = row.getLong("revision");
        a.createdAt = row.getOffsetDateTime("created_at");
        a.modifiedAt = row.getOffsetDateTime("modified_at");
        return a;
    }
}
