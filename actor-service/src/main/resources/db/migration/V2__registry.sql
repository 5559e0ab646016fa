-- The registry proper: actors and policy instruments, their names, relations over time with evidence.

-- unaccent() is only STABLE (its dictionary could change), so it cannot feed a generated column or
-- an index directly; this wrapper pins the dictionary and is declared immutable on purpose.
create or replace function corridor_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, replace($1, '’', '''')))$$;

alter table actor
    add column family       text not null default 'actor' check (family in ('actor', 'instrument')),
    add column external_key text unique check (external_key ~ '^[a-z0-9][a-z0-9._-]{0,99}$'),
    add column language     text check (language ~ '^[a-z]{2,3}$'),
    add column description  text check (length(description) <= 5000),
    -- partial dates as sources state them, plus the widest day span they may denote, for queries
    add column start_date   text check (start_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    add column start_from   date,
    add column end_date     text check (end_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    add column end_to       date,
    add column wikidata     text check (wikidata ~ '^Q[1-9][0-9]*$'),
    add column isni         text check (isni ~ '^[0-9]{15}[0-9X]$'),
    add column viaf         text check (viaf ~ '^[1-9][0-9]{0,21}$'),
    add column merged_into  bigint references actor (id),
    add column version      bigint not null default 0,
    add column changed_by   text,
    add column changed_at   timestamptz,
    add constraint actor_dates_ordered check (start_from is null or end_to is null or start_from <= end_to),
    add constraint actor_not_merged_into_itself check (merged_into is null or merged_into <> id);

alter table actor drop constraint if exists actor_kind_check;
create index actor_kind_idx on actor (family, kind);

-- Preferred names per language, aliases and acronyms: all that a text may call an actor.
create sequence actor_name_seq start with 1 increment by 50;
create table actor_name (
    id        bigint primary key,
    actor_id  bigint not null references actor (id) on delete cascade,
    type      text   not null check (type in ('name', 'alias', 'acronym')),
    name      text   not null check (length(name) between 1 and 500),
    language  text   check (language ~ '^[a-z]{2,3}$'),
    norm      text   generated always as (corridor_fold(name)) stored
);
create index actor_name_actor_idx on actor_name (actor_id);
create index actor_name_trgm_idx on actor_name using gin (norm gin_trgm_ops);
create unique index actor_name_unique on actor_name (actor_id, type, norm, coalesce(language, ''));

create sequence relation_seq start with 1 increment by 50;
create table relation (
    id          bigint primary key,
    subject_id  bigint not null references actor (id),
    predicate   text   not null,
    object_id   bigint not null references actor (id),
    -- Popolo: the post or role held in a membership ("président", "conseiller technique")
    role        text   check (length(role) <= 200),
    start_date  text   check (start_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    start_from  date,
    end_date    text   check (end_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    end_to      date,
    confidence  double precision not null default 1 check (confidence >= 0 and confidence <= 1),
    status      text   not null check (status in ('proposed', 'accepted')),
    version     bigint not null default 0,
    created_by  text   not null,
    created_at  timestamptz not null default now(),
    changed_by  text,
    changed_at  timestamptz,
    constraint relation_not_reflexive check (subject_id <> object_id),
    constraint relation_dates_ordered check (start_from is null or end_to is null or start_from <= end_to)
);
create index relation_subject_idx on relation (subject_id);
create index relation_object_idx on relation (object_id);

create sequence evidence_seq start with 1 increment by 50;
create table evidence (
    id          bigint primary key,
    relation_id bigint not null references relation (id) on delete cascade,
    annotation  text   check (length(annotation) <= 2000),
    document    text   check (length(document) <= 500),
    quote       text   check (length(quote) <= 5000),
    constraint evidence_says_something check (annotation is not null or quote is not null)
);
create index evidence_relation_idx on evidence (relation_id);

-- Bumped in every transaction that changes what names the registry knows, so that each replica's
-- mention automaton can tell cheaply whether it is still current.
create table registry_revision (
    id       int primary key check (id = 1),
    revision bigint not null
);
insert into registry_revision values (1, 0);

-- Actors registered before names had their own table keep their name as their preferred name.
insert into actor_name (id, actor_id, type, name) select nextval('actor_name_seq'), id, 'name', name from actor;
