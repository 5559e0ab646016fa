package io.corridor.gateway;

import java.io.Serializable;
import java.time.OffsetDateTime;

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
    public record Key(String caller, @Column(name = "idempotency_key") String key) implements Serializable {
    }
}
