package io.corridor.gateway.repository;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.gateway.IdempotencyRecord;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    /**
     * Inserts the in-flight record unless the caller's key is taken, atomically (the primary key decides
     * between concurrent duplicates): true when this request took the key.
     */
    public Uni<Boolean> take(IdempotencyRecord.Key id, String fingerprint, Duration retention) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into idempotency_record (caller, idempotency_key, fingerprint, state, expires)
                values (:caller, :key, :fingerprint, 'in-flight', now() + :seconds * interval '1 second')
                on conflict do nothing""")
                .setParameter("caller", id.caller()).setParameter("key", id.key()).setParameter("fingerprint", fingerprint)
                .setParameter("seconds", retention.toSeconds()).executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /**
     * Deletes expired records, and in-flight ones older than {@code abandoned}: a request that never
     * answered (the gateway stopped mid-way) must not hold its key until it expires.
     */
    public Uni<Integer> purge(Duration abandoned) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                delete from idempotency_record
                where expires < now() or (state = 'in-flight' and created < now() - :seconds * interval '1 second')""")
                .setParameter("seconds", abandoned.toSeconds()).executeUpdate());
    }
}
