package io.corridor.gateway.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.gateway.AuditRecord;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * The audit trail, in plain SQL, no session or transaction around it. Records are written in groups: while one
 * INSERT is on its way, the records of the writes answered meanwhile wait and go together in the next, one
 * statement and one commit for all (as a database commits a group). Alone, a record is written at once; under
 * load, PostgreSQL's CPU per audited write falls with the group's size (one statement per write cost it 0.56 ms,
 * a third of a relayed annotation create's: bench/results/profiles/gateway-overhead.md). Each caller's future
 * completes on its own context once its record is stored: a write is still answered only once its trace is.
 */
@ApplicationScoped
public class AuditRepository {

    /** The condition of each optional filter, in the order of {@link #search}'s parameters. */
    private static final List<String> FILTERS = List.of("username = $", "outcome = $", "at >= $", "at < $");
    private static final String INSERT = "insert into audit_record (username, subject, client, method, path, status, "
            + "outcome, duration_ms) values ";
    private static final int PER_ROW = 8;
    /** The largest group in one statement (its text is prepared once per size). */
    private static final int MAX_GROUP = 32;

    private record Waiting(AuditRecord record, Context context, Promise<Void> stored) {
    }

    private final Pool pool;
    /** Guarded by this. */
    private List<Waiting> waiting = new ArrayList<>();
    /** Whether an INSERT is on its way. Guarded by this. */
    private boolean writing;

    public AuditRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Void> insert(AuditRecord r) {
        Promise<Void> stored = Promise.promise();
        boolean first;
        synchronized (this) {
            waiting.add(new Waiting(r, Vertx.currentContext(), stored));
            first = !writing;
            writing = true;
        }
        if (first) {
            writeGroup();
        }
        return stored.future();
    }

    /** The records waiting (up to MAX_GROUP) in one statement; then the next group, until none waits. */
    private void writeGroup() {
        List<Waiting> group;
        synchronized (this) {
            if (waiting.isEmpty()) {
                writing = false;
                return;
            }
            int n = Math.min(MAX_GROUP, waiting.size());
            group = new ArrayList<>(waiting.subList(0, n));
            waiting = new ArrayList<>(waiting.subList(n, waiting.size()));
        }
        Future<Void> written;
        try {
            written = insertAll(group);
        } catch (RuntimeException e) {
            written = Future.failedFuture(e); // never left writing: every later record would wait for ever
        }
        written.onComplete(done -> {
            if (done.succeeded() || group.size() == 1) {
                group.forEach(w -> complete(w, done.cause()));
                writeGroup();
                return;
            }
            // a record the table refuses must not lose the others' traces: each on its own
            Future.join(group.stream().map(w -> insertAll(List.of(w)).onComplete(one -> complete(w, one.cause()))).toList())
                    .onComplete(all -> writeGroup());
        });
    }

    private Future<Void> insertAll(List<Waiting> group) {
        StringBuilder sql = new StringBuilder(INSERT);
        Tuple values = Tuple.tuple();
        for (int i = 0; i < group.size(); i++) {
            AuditRecord r = group.get(i).record();
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 1; c <= PER_ROW; c++) {
                sql.append(c == 1 ? "$" : ", $").append(i * PER_ROW + c);
            }
            sql.append(')');
            values.addValue(r.username()).addValue(r.subject()).addValue(r.client()).addValue(r.method())
                    .addValue(r.path()).addValue(r.status()).addValue(r.outcome()).addValue(r.durationMs());
        }
        return pool.preparedQuery(sql.toString()).execute(values).mapEmpty();
    }

    /** The caller's future, completed on the caller's context (the HTTP response is written from there). */
    private static void complete(Waiting w, Throwable failure) {
        Handler<Void> done = v -> w.stored().handle(failure == null ? Future.succeededFuture() : Future.failedFuture(failure));
        if (w.context() == null) {
            done.handle(null);
        } else {
            w.context().runOnContext(done);
        }
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
