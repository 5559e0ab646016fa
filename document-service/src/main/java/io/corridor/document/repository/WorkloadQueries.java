package io.corridor.document.repository;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.api.WorkloadItem;
import io.corridor.support.paging.Page;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Assignments with what a workload shows beside them (title, document state, the assignee's count of
 * annotations), in SQL on the reactive pool: one statement per page, counted in the same pass.
 */
@ApplicationScoped
public class WorkloadQueries {

    private static final String FROM = " " + """
             from assignment s join document d on d.id = s.document_id and d.deleted_at is null
             left join document_workflow w on w.document_id = s.document_id
             where ($1::bigint is null or s.document_id = $1) and ($2::text is null or s.assignee = $2)
               and ($3::text is null or s.state = $3)""";

    private final Pool pool;
    private final AnnotationIris iris;

    public WorkloadQueries(Pool pool, AnnotationIris iris) {
        this.pool = pool;
        this.iris = iris;
    }

    /** Newest document first, then assignee; each filter may be null. */
    public Uni<Page<WorkloadItem>> page(Long documentId, String assignee, String state, int page, int size) {
        String sql = """
                select s.document_id, d.title, coalesce(w.state, 'annotating') as document_state, s.assignee, s.state,
                       s.assigned_by, s.assigned_at, s.state_at, count(*) over () as total,
                       (select count(*) from annotation a where a.document_id = s.document_id and a.creator = s.assignee
                               and a.deleted_at is null) as annotations""" + FROM
                + " order by s.document_id desc, s.assignee limit $4 offset $5";
        return pool.preparedQuery(sql).execute(Tuple.from(java.util.Arrays.asList(documentId, assignee, state, size, (long) page * size)))
                .flatMap(rows -> {
                    List<WorkloadItem> items = new ArrayList<>();
                    long total = -1;
                    for (Row row : rows) {
                        total = row.getLong("total");
                        items.add(item(row));
                    }
                    if (total >= 0 || page == 0) {
                        return Uni.createFrom().item(new Page<>(items, page, size, Math.max(total, 0)));
                    }
                    // past the last page: the count alone
                    return pool.preparedQuery("select count(*)" + FROM).execute(Tuple.from(java.util.Arrays.asList(documentId, assignee, state)))
                            .map(count -> new Page<>(items, page, size, count.iterator().next().getLong(0)));
                });
    }

    private WorkloadItem item(Row row) {
        long documentId = row.getLong("document_id");
        return new WorkloadItem(iris.documentIri(documentId), documentId, row.getString("title"),
                row.getString("document_state"), row.getString("assignee"), row.getString("state"),
                row.getLong("annotations"), row.getString("assigned_by"),
                row.getOffsetDateTime("assigned_at").withOffsetSameInstant(ZoneOffset.UTC),
                row.getOffsetDateTime("state_at").withOffsetSameInstant(ZoneOffset.UTC));
    }
}
