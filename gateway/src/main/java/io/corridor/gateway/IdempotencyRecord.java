package io.corridor.gateway;

/**
 * A POST sent with an Idempotency-Key: in flight while the gateway works on it, then done with the answer
 * a retry gets again (status, the headers a client acts on as JSON text, body). The fingerprint is null while a
 * streamed body has not been read to its end.
 */
public record IdempotencyRecord(String fingerprint, boolean inFlight, Integer status, String contentType, String headers,
        byte[] body) {

    /** A key is one caller's: the same key sent by someone else is another record. */
    public record Key(String caller, String key) {
    }
}
