package io.corridor.document.repository;

import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Caller;
import io.corridor.document.api.FlagView;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.support.paging.Page;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The moderation queue: flags on live annotations the curator may see (the container's rule,
 * {@link AnnotationQueries#VISIBLE}), open ones first, newest first.
 */
@ApplicationScoped
public class FlagQueries {

    private final Pool pool;
    private final AnnotationIris iris;

    public FlagQueries(Pool pool, AnnotationIris iris) {
        this.pool = pool;
        this.iris = iris;
    }

    /** @param open true: open flags only, false: resolved only, null: both */
    public Uni<Page<FlagView>> queue(Caller caller, Boolean open, int page, int size) {
        String from = AnnotationQueries.VISIBLE.replaceFirst("from annotation a",
                "from annotation_flag f join annotation a on a.id = f.annotation_id")
                + " and ($3::boolean is null or (f.resolved_at is null) = $3)";
        String sql = "select f.id, f.annotation_id, a.document_id, f.flagger, f.reason, f.created_at, f.resolved_at,"
                + " f.resolved_by, f.resolution, a.hidden_at is not null as hidden, count(*) over () as total " + from
                + " order by (f.resolved_at is null) desc, f.created_at desc, f.id desc limit $4 offset $5";
        List<Object> args = java.util.Arrays.asList(caller.name(), caller.teams().toArray(String[]::new), open, size,
                (long) page * size);
        return pool.preparedQuery(sql).execute(Tuple.from(args)).flatMap(rows -> {
            List<FlagView> items = new ArrayList<>();
            long total = -1;
            for (Row row : rows) {
                total = row.getLong("total");
                items.add(flag(row));
            }
            if (total >= 0 || page == 0) {
                return Uni.createFrom().item(new Page<>(items, page, size, Math.max(total, 0)));
            }
            return pool.preparedQuery("select count(*) " + from).execute(Tuple.from(args.subList(0, 3)))
                    .map(count -> new Page<>(items, page, size, count.iterator().next().getLong(0)));
        });
    }

    private FlagView flag(Row row) {
        return new FlagView(row.getLong("id"), iris.iri(row.getUUID("annotation_id")), iris.documentIri(row.getLong("document_id")),
                row.getString("flagger"), row.getString("reason"), utc(row.getOffsetDateTime("created_at")),
                utc(row.getOffsetDateTime("resolved_at")), row.getString("resolved_by"), row.getString("resolution"),
                row.getBoolean("hidden"));
    }

    static OffsetDateTime utc(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
    }

}
