-- Text search support used from the first documents on: accent-insensitive matching (unaccent)
-- and trigram similarity (pg_trgm).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create sequence document_seq start with 1 increment by 50;

create table document (
    id          bigint primary key,
    title       text        not null check (length(title) between 1 and 1000),
    kind        text        not null default 'other',
    language    text,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);

create index document_created_at_idx on document (created_at desc, id desc);
