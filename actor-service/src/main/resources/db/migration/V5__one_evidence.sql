-- One evidence concept for every statement: a relation, an event, a post, or an actor's attribute or name. It is a
-- document and a quote (with the annotation marking it) or an import, seen first and last at given times, with a
-- rank (preferred/normal/deprecated, as Wikidata ranks statements) and a stance: it supports or contradicts.
-- Its owner is exactly one of the four, each a real foreign key so that the owner's deletion takes it along.

alter table evidence
    alter column relation_id drop not null,
    add column event_id   bigint references event (id) on delete cascade,
    add column actor_id   bigint references actor (id) on delete cascade,
    add column post_id    bigint references post (id) on delete cascade,
    -- for an actor: the statement backed (name, aliases, country, start...), and its value where it has several
    add column property   text check (property ~ '^[a-z][a-zA-Z]{0,39}$'),
    add column value      text check (length(value) <= 500),
    add column import     text check (length(import) <= 500),
    add column first_seen timestamptz not null default now(),
    add column last_seen  timestamptz not null default now(),
    add column rank       text not null default 'normal' check (rank in ('preferred', 'normal', 'deprecated')),
    add column stance     text not null default 'supports' check (stance in ('supports', 'contradicts')),
    drop constraint evidence_says_something,
    add constraint evidence_says_something check (annotation is not null or quote is not null or import is not null),
    add constraint evidence_has_one_owner check (num_nonnulls(relation_id, event_id, actor_id, post_id) = 1),
    add constraint evidence_seen_in_order check (first_seen <= last_seen);

insert into evidence (id, event_id, annotation, document, quote)
    select nextval('evidence_seq'), event_id, annotation, document, quote from event_evidence order by id;
drop table event_evidence;
drop sequence event_evidence_seq;

create index evidence_event_idx on evidence (event_id);
create index evidence_actor_idx on evidence (actor_id);
create index evidence_post_idx on evidence (post_id);
