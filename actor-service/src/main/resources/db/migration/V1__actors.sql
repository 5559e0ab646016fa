-- Name matching ignores case and accents and tolerates typos: unaccent and trigrams.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create sequence actor_seq start with 1 increment by 50;

create table actor (
    id          bigint primary key,
    kind        text        not null,
    name        text        not null check (length(name) between 1 and 500),
    country     char(3)     check (country ~ '^[A-Z]{3}$'),
    status      text        not null check (status in ('proposed', 'accepted')),
    created_by  text        not null,
    created_at  timestamptz not null default now()
);

create index actor_name_idx on actor (lower(name));
