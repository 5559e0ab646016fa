package io.corridor.gateway.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.gateway.AuditRecord;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/** The audit trail, in plain SQL: one statement per write on its way out, no session or transaction around it. */
@ApplicationScoped
public class AuditRepository {

    /** The condition of each optional filter, in the order of {@link #search}'s parameters. */
    private static final List<String> FILTERS = List.of("username = $", "outcome = $", "at >= $", "at < $");

    private final Pool pool;

    public AuditRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Void> insert(AuditRecord r) {
        return pool.preparedQuery("insert into audit_record (username, subject, client, method, path, status, outcome, "
                + "duration_ms) values ($1, $2, $3, $4, $5, $6, $7, $8)").execute(Tuple.from(new Object[] { r.username(),
                        r.subject(), r.client(), r.method(), r.path(), r.status(), r.outcome(), r.durationMs() })).mapEmpty();
    }

    /** Filters are optional; the newest record comes first, ties broken by id for stable pages. */
    public Future<Page<AuditRecord>> search(String username, String outcome, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        Object[] values = { username, outcome, from, to };
        List<String> where = new ArrayList<>();
        Tuple params = Tuple.tuple();
        for (int i = 0; i < values.length; i++) {
            // A filter not given is no condition (and no parameter: a null has no SQL type to bind).
            if (values[i] != null) {
                params.addValue(values[i]);
                where.add(FILTERS.get(i) + params.size());
            }
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Future<List<AuditRecord>> items = pool.preparedQuery("select * from audit_record" + condition
                + " order by at desc, id desc limit " + page.size + " offset " + (long) page.page * page.size)
                .execute(params).map(rows -> {
                    List<AuditRecord> list = new ArrayList<>();
                    rows.forEach(row -> list.add(record(row)));
                    return list;
                });
        return items.compose(list -> pool.preparedQuery("select count(*) from audit_record" + condition).execute(params)
                .map(count -> new Page<>(list, page.page, page.size, count.iterator().next().getLong(0))));
    }

    private static AuditRecord record(Row row) {
        return new AuditRecord(row.getLong("id"), row.getOffsetDateTime("at"), row.getString("username"),
                row.getString("subject"), row.getString("client"), row.getString("method"), row.getString("path"),
                row.getInteger("status"), row.getString("outcome"), row.getInteger("duration_ms"));
    }
}
