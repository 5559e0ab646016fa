-- Every write through the public API, whatever its outcome: who, what, when, and how it ended.
-- Append-only: nothing in the gateway updates or deletes a row.
CREATE TABLE audit_record (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    username    text,                -- preferred_username, null when anonymous
    subject     text,                -- token sub
    client      text,                -- token azp: which application
    method      text        NOT NULL,
    path        text        NOT NULL,
    status      integer     NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('success', 'rejected', 'failed')),
    duration_ms integer     NOT NULL
);
CREATE INDEX audit_record_at ON audit_record (at DESC);
CREATE INDEX audit_record_username_at ON audit_record (username, at DESC);
