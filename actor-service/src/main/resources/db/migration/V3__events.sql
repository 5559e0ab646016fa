-- Events: negotiation rounds, summits, high-level dialogues, signings... with their participants (in a role, on
-- someone's behalf), the instruments negotiated or signed there, and the evidence that they took place.

create sequence event_seq start with 1 increment by 50;
create table event (
    id          bigint primary key,
    kind        text   not null,
    title       text   not null check (length(title) between 1 and 500),
    -- a date or a span as the sources state it, with the widest day span it may denote
    start_date  text   check (start_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    start_from  date,
    end_date    text   check (end_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    end_to      date,
    -- uncertainty: the event took place no earlier and no later than these days
    not_before  date,
    not_after   date,
    place       text   check (length(place) <= 300),
    description text   check (length(description) <= 5000),
    status      text   not null check (status in ('proposed', 'accepted')),
    version     bigint not null default 0,
    created_by  text   not null,
    created_at  timestamptz not null default now(),
    changed_by  text,
    changed_at  timestamptz,
    constraint event_dates_ordered check (start_from is null or end_to is null or start_from <= end_to),
    constraint event_bounds_ordered check (not_before is null or not_after is null or not_before <= not_after)
);
create index event_start_idx on event (start_from);

create sequence event_participant_seq start with 1 increment by 50;
create table event_participant (
    id             bigint primary key,
    event_id       bigint not null references event (id) on delete cascade,
    actor_id       bigint not null references actor (id),
    role           text   check (length(role) <= 200),
    on_behalf_of   bigint references actor (id),
    constraint participant_not_on_own_behalf check (on_behalf_of is null or on_behalf_of <> actor_id)
);
create index event_participant_event_idx on event_participant (event_id);
create index event_participant_actor_idx on event_participant (actor_id);
create index event_participant_behalf_idx on event_participant (on_behalf_of);

create sequence event_instrument_seq start with 1 increment by 50;
create table event_instrument (
    id            bigint primary key,
    event_id      bigint not null references event (id) on delete cascade,
    instrument_id bigint not null references actor (id),
    action        text   not null check (action in ('negotiated', 'signed', 'adopted', 'discussed', 'reviewed'))
);
create index event_instrument_event_idx on event_instrument (event_id);
create index event_instrument_instrument_idx on event_instrument (instrument_id);

create sequence event_evidence_seq start with 1 increment by 50;
create table event_evidence (
    id          bigint primary key,
    event_id    bigint not null references event (id) on delete cascade,
    annotation  text   check (length(annotation) <= 2000),
    document    text   check (length(document) <= 500),
    quote       text   check (length(quote) <= 5000),
    constraint event_evidence_says_something check (annotation is not null or quote is not null)
);
create index event_evidence_event_idx on event_evidence (event_id);
