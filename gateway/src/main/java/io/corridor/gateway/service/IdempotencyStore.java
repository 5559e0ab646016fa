package io.corridor.gateway.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.corridor.gateway.IdempotencyRecord;
import io.corridor.gateway.repository.IdempotencyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The answers to POSTs sent with an Idempotency-Key, kept per caller for {@code corridor.idempotency.retention}
 * (24 h): the first request takes the key, a retry finds it in flight or done.
 */
@ApplicationScoped
public class IdempotencyStore {

    private final IdempotencyRepository records;
    private final Duration retention;
    private final Duration abandoned;

    public IdempotencyStore(IdempotencyRepository records,
            @ConfigProperty(name = "corridor.idempotency.retention", defaultValue = "24H") Duration retention,
            @ConfigProperty(name = "corridor.idempotency.abandoned-after", defaultValue = "20M") Duration abandoned) {
        this.records = records;
        this.retention = retention;
        this.abandoned = abandoned;
    }

    public Duration retention() {
        return retention;
    }

    /**
     * Takes the caller's key for this request, after purging expired keys: null when taken (go ahead),
     * else the record that holds it (in flight, or done with its answer).
     */
    @WithTransaction
    public Uni<IdempotencyRecord> take(IdempotencyRecord.Key id, String fingerprint) {
        return records.purge(abandoned)
                .chain(() -> records.take(id, fingerprint, retention))
                .chain(taken -> taken ? Uni.createFrom().nullItem() : records.findById(id));
    }

    /** Keeps the answer a retry gets, with the request's fingerprint (known at last for streamed bodies). */
    @WithTransaction
    public Uni<Void> complete(IdempotencyRecord.Key id, String fingerprint, int status, String contentType, String headers,
            byte[] body) {
        return records.findById(id).invoke(record -> {
            if (record != null) {
                record.fingerprint = fingerprint;
                record.state = IdempotencyRecord.DONE;
                record.status = status;
                record.contentType = contentType;
                record.headers = headers;
                record.body = body;
            }
        }).replaceWithVoid();
    }

    /** Forgets the key (the request failed on the server's side): a retry does the work again. */
    @WithTransaction
    public Uni<Void> release(IdempotencyRecord.Key id) {
        return records.deleteById(id).replaceWithVoid();
    }

    /** Deletes expired keys now (they are also purged by every keyed request). */
    @WithTransaction
    public Uni<Integer> purge() {
        return records.purge(abandoned);
    }
}
