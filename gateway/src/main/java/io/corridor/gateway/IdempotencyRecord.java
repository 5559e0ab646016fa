package io.corridor.gateway;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/**
 * A POST sent with an Idempotency-Key: in flight while the gateway works on it, then done with the answer
 * a retry gets again (status, the headers a client acts on, body).
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    public static final String IN_FLIGHT = "in-flight";
    public static final String DONE = "done";

    @EmbeddedId
    public Key id;

    /** Null while a streamed body has not been read to its end. */
    public String fingerprint;

    public String state;

    public Integer status;

    @Column(name = "content_type")
    public String contentType;

    /** JSON text in Java, jsonb in the table: bound as text and cast by PostgreSQL. */
    @ColumnTransformer(read = "headers::text", write = "cast(? as text)::jsonb")
    public String headers;

    public byte[] body;

    @Column(insertable = false, updatable = false)
    public OffsetDateTime created;

    @Column(insertable = false, updatable = false)
    public OffsetDateTime expires;

    public boolean inFlight() {
        return IN_FLIGHT.equals(state);
    }

    /** A key is one caller's: the same key sent by someone else is another record. */
    @Embeddable
    public static class Key implements Serializable {

        public String caller;

        @Column(name = "idempotency_key")
        public String key;

        public Key() {
        }

        public Key(String caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && caller.equals(other.caller) && key.equals(other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, key);
        }
    }
}
