package io.corridor.document.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.api.TagCount;
import io.corridor.document.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The tags in use, counted over the annotations the caller may see: the visibility rule is the
 * container's ({@link AnnotationQueries#VISIBLE}), so a tag only written on someone else's private
 * annotation is never offered. Rejected annotations do not count: a curator threw them out.
 */
@ApplicationScoped
public class AnnotationTagQueries {

    private final Pool pool;

    public AnnotationTagQueries(Pool pool) {
        this.pool = pool;
    }

    /** Most used first, then alphabetically; {@code prefix} is matched literally (no LIKE wildcards). */
    public Uni<List<TagCount>> tags(String prefix, Caller caller, int size) {
        // VISIBLE is "from annotation a join document d ... where <visible>": each tag becomes a row before the where
        String from = AnnotationQueries.VISIBLE.replaceFirst("\\bwhere\\b", "cross join lateral unnest(a.tags) as t(tag) where");
        String sql = "select t.tag, count(*) as uses " + from
                + " and a.status <> 'rejected' and a.hidden_at is null and t.tag like $3 escape '\\'"
                + " group by t.tag order by uses desc, t.tag limit $4";
        Tuple args = Tuple.of(caller.name(), caller.teams().toArray(String[]::new), like(prefix) + "%", size);
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<TagCount> tags = new ArrayList<>();
            for (Row row : rows) {
                tags.add(new TagCount(row.getString("tag"), row.getLong("uses")));
            }
            return tags;
        });
    }

    /** The prefix with LIKE's wildcards and escape character escaped. */
    static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
