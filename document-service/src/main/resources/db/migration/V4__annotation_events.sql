-- Live collaboration: every committed annotation write leaves one event row, and its commit
-- notifies every replica (LISTEN corridor_annotation_events). The row's id is the SSE event id:
-- a client reconnecting with Last-Event-ID gets the rows of its document after that id (the last
-- hour is kept, see corridor.events.retention).
create sequence annotation_event_id_seq;

create table annotation_event (
    -- drawn by the trigger below, never by the inserting statement
    id            bigint      primary key,
    document_id   bigint      not null references document (id) on delete cascade,
    annotation_id uuid        not null,
    type          text        not null check (type in ('created', 'updated', 'deleted')),
    -- who may see it: a copy of the annotation's visibility rule at the time of the write, so that a
    -- replayed event is filtered as the annotation was then, even if it changed or is gone since
    creator       text        not null,
    visibility    text        not null check (visibility in ('private', 'team', 'public')),
    teams         text[]      not null default '{}',
    -- the SSE data as written (the annotation's JSON-LD, or {"id": iri} when deleted), kept as text so
    -- that replay sends exactly what live subscribers got
    payload       text        not null,
    at            timestamptz not null default now()
);

create index annotation_event_document_idx on annotation_event (document_id, id);
create index annotation_event_at_idx on annotation_event (at);

-- Ids follow commit order within a document. Two concurrent writers on one document would otherwise
-- draw ids 10 and 11 and commit 11 first; a client that saw 11 and reconnects with Last-Event-ID 11
-- would never get 10, and a replica catching up "after the last id it dispatched" would skip it.
-- The transaction-scoped advisory lock (key: this table's namespace, the document) is held from the
-- moment the id is drawn until commit, so within one document an id is never committed before a
-- smaller one. Writers on different documents do not wait for each other.
create function annotation_event_order() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(1131376196, (new.document_id % 2147483647)::int);
    new.id := nextval('annotation_event_id_seq');
    return new;
end $$;

create trigger annotation_event_order before insert on annotation_event
    for each row execute function annotation_event_order();

-- The notification carries ids only ("<document id>:<event id>"): NOTIFY payloads are limited to
-- 8000 bytes, annotations are not. Delivered to listeners at commit, never for a rolled-back write.
create function annotation_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('corridor_annotation_events', new.document_id || ':' || new.id);
    return null;
end $$;

create trigger annotation_event_notify after insert on annotation_event
    for each row execute function annotation_event_notify();
