package io.corridor.gateway.repository;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.corridor.gateway.IdempotencyRecord;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * The answers to POSTs sent with an Idempotency-Key, kept per caller for {@code corridor.idempotency.retention}
 * (24 h): the first request takes the key, a retry finds it in flight or done.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final String WHERE = " where caller = $1 and idempotency_key = $2";

    private final Pool pool;
    private final Duration retention;
    private final Duration abandoned;

    public IdempotencyStore(Pool pool,
            @ConfigProperty(name = "corridor.idempotency.retention", defaultValue = "24H") Duration retention,
            @ConfigProperty(name = "corridor.idempotency.abandoned-after", defaultValue = "20M") Duration abandoned) {
        this.pool = pool;
        this.retention = retention;
        this.abandoned = abandoned;
    }

    public Duration retention() {
        return retention;
    }

    /**
     * Takes the caller's key for this request, after purging expired keys: null when taken (go ahead), else the
     * record that holds it (in flight, or done with its answer). The primary key decides between concurrent duplicates.
     */
    public Future<IdempotencyRecord> take(IdempotencyRecord.Key id) {
        return pool.withTransaction(c -> purge(c).compose(purged -> c.preparedQuery("insert into idempotency_record "
                + "(caller, idempotency_key, state, expires) values ($1, $2, 'in-flight', now() + $3 * interval '1 second') "
                + "on conflict do nothing").execute(Tuple.of(id.caller(), id.key(), retention.toSeconds())))
                .compose(inserted -> inserted.rowCount() == 1 ? Future.succeededFuture()
                        : c.preparedQuery("select fingerprint, state, status, content_type, headers::text, body "
                                + "from idempotency_record" + WHERE).execute(Tuple.of(id.caller(), id.key()))
                                .map(rows -> rows.size() == 0 ? null : rows.iterator().next())
                                .map(row -> row == null ? null : new IdempotencyRecord(row.getString(0),
                                        "in-flight".equals(row.getString(1)), row.getInteger(2), row.getString(3),
                                        row.getString(4), row.getBuffer(5) == null ? null : row.getBuffer(5).getBytes()))));
    }

    /** Keeps the answer a retry gets, with the request's fingerprint (known at last for streamed bodies). */
    public Future<Void> complete(IdempotencyRecord.Key id, String fingerprint, int status, String contentType, String headers,
            byte[] body) {
        return pool.preparedQuery("update idempotency_record set state = 'done', fingerprint = $3, status = $4, "
                + "content_type = $5, headers = cast($6 as text)::jsonb, body = $7" + WHERE)
                .execute(Tuple.of(id.caller(), id.key(), fingerprint, status, contentType, headers, Buffer.buffer(body)))
                .mapEmpty();
    }

    /** Forgets the key (the request failed on the server's side): a retry does the work again. */
    public Future<Void> release(IdempotencyRecord.Key id) {
        return pool.preparedQuery("delete from idempotency_record" + WHERE).execute(Tuple.of(id.caller(), id.key())).mapEmpty();
    }

    /** Deletes expired keys now (they are also purged by every keyed request). */
    public Future<Integer> purge() {
        return purge(pool);
    }

    /**
     * Deletes expired records, and in-flight ones older than {@code abandoned}: a request that never answered (the
     * gateway stopped mid-way) must not hold its key until it expires.
     */
    private Future<Integer> purge(SqlClient client) {
        return client.preparedQuery("delete from idempotency_record where expires < now() "
                + "or (state = 'in-flight' and created < now() - $1 * interval '1 second')")
                .execute(Tuple.of(abandoned.toSeconds())).map(rows -> rows.rowCount());
    }
}
