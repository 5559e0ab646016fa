package io.corridor.document.repository;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Caller;
import io.corridor.document.api.NotificationView;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.support.paging.Page;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A recipient's notifications, on the reactive pool (the live stream reads them outside any request).
 * What each points to is checked against the recipient's rights now, in the query: a notification of a
 * deleted document, or of an annotation the recipient may no longer see ({@link AnnotationQueries#VISIBLE_ROW}
 * and its thread), is left out as if it never was.
 */
@ApplicationScoped
public class NotificationQueries {

    private static final String FROM = " from notification n join document d on d.id = n.document_id and d.deleted_at is null"
            + " left join annotation a on a.id = n.annotation_id"
            + " where n.recipient = $1 and (n.annotation_id is null or (a.deleted_at is null and "
            + AnnotationQueries.VISIBLE_ROW + AnnotationQueries.THREAD + "))";
    private static final String COLUMNS = "select n.id, n.type, n.actor, n.document_id, n.annotation_id, n.created_at,"
            + " n.read_at is not null as read";

    private final Pool pool;
    private final AnnotationIris iris;

    public NotificationQueries(Pool pool, AnnotationIris iris) {
        this.pool = pool;
        this.iris = iris;
    }

    /** Newest first. */
    public Uni<Page<NotificationView>> page(Caller caller, boolean unread, int page, int size) {
        String where = FROM + (unread ? " and n.read_at is null" : "");
        List<Object> args = Arrays.asList(caller.name(), caller.teams().toArray(String[]::new));
        return pool.preparedQuery("select count(*)" + where).execute(Tuple.from(args)).flatMap(count -> {
            long total = count.iterator().next().getLong(0);
            List<Object> paged = new ArrayList<>(args);
            paged.add(size);
            paged.add((long) page * size);
            return pool.preparedQuery(COLUMNS + where + " order by n.id desc limit $3 offset $4").execute(Tuple.from(paged))
                    .map(rows -> new Page<>(views(rows), page, size, total));
        });
    }

    /** The caller's visible notifications after {@code afterId}, oldest first, at most {@code limit}. */
    public Uni<List<NotificationView>> after(Caller caller, long afterId, int limit) {
        return pool.preparedQuery(COLUMNS + FROM + " and n.id > $3 order by n.id limit $4")
                .execute(Tuple.of(caller.name(), caller.teams().toArray(String[]::new), afterId, limit)).map(this::views);
    }

    /** The id of the recipient's latest notification, 0 if none. */
    public Uni<Long> lastId(String recipient) {
        return pool.preparedQuery("select coalesce(max(id), 0) from notification where recipient = $1")
                .execute(Tuple.of(recipient)).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Marks read the recipient's unread notifications among {@code ids} (null: all); answers how many. */
    public Uni<Integer> markRead(String recipient, List<Long> ids) {
        String sql = "update notification set read_at = now() where recipient = $1 and read_at is null"
                + (ids == null ? "" : " and id = any($2)");
        Tuple args = ids == null ? Tuple.of(recipient) : Tuple.of(recipient, ids.toArray(Long[]::new));
        return pool.preparedQuery(sql).execute(args).map(rows -> rows.rowCount());
    }

    private List<NotificationView> views(Iterable<Row> rows) {
        List<NotificationView> out = new ArrayList<>();
        for (Row row : rows) {
            java.util.UUID annotation = row.getUUID("annotation_id");
            out.add(new NotificationView(row.getLong("id"), row.getString("type"), row.getString("actor"),
                    iris.documentIri(row.getLong("document_id")), annotation == null ? null : iris.iri(annotation),
                    row.getOffsetDateTime("created_at").withOffsetSameInstant(ZoneOffset.UTC), row.getBoolean("read")));
        }
        return out;
    }
}
