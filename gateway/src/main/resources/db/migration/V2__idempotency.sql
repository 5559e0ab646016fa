-- The answers to POSTs sent with an Idempotency-Key (draft-ietf-httpapi-idempotency-key-header), per caller:
-- a retry of the same request gets the stored answer instead of doing the work twice.
CREATE TABLE idempotency_record (
    caller          text        NOT NULL,  -- the token's subject (a key of one caller never meets another's)
    idempotency_key text        NOT NULL,
    fingerprint     text,                  -- SHA-256 of the request; null while a streamed body is being read
    state           text        NOT NULL CHECK (state IN ('in-flight', 'done')),
    status          integer,
    content_type    text,
    headers         jsonb,                 -- Location, Content-Location, ETag, Link... as {"name": ["value"]}
    body            bytea,
    created         timestamptz NOT NULL DEFAULT now(),
    expires         timestamptz NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
-- Expired keys are purged by the next keyed request.
CREATE INDEX idempotency_record_expires ON idempotency_record (expires);
