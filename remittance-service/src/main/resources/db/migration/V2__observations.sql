-- Catalogue metadata beyond the name: the unit and its power of ten (multiplier 6 = millions),
-- what is measured, how often, and for derived indicators the two series they divide.
alter table indicator
    add column multiplier  integer not null default 0 check (multiplier between -3 and 15),
    add column definition  text,
    add column periodicity text not null default 'annual'
        check (periodicity in ('annual', 'quarterly', 'monthly', 'irregular')),
    add column numerator   text references indicator (code),
    add column denominator text references indicator (code),
    add constraint indicator_ratio check ((numerator is null) = (denominator is null));

-- One import of a file: who, when, which release of which source.
create table import (
    id          bigint generated always as identity primary key,
    format      text not null,
    file_name   text,
    source      text not null,
    release     text not null,
    imported_at timestamptz not null default now(),
    imported_by text not null,
    rows_read   bigint not null default 0,
    created     bigint not null default 0,
    revised     bigint not null default 0,
    unchanged   bigint not null default 0,
    missing     bigint not null default 0
);

-- The identity of an observation: what, where, when, for whom, according to which source.
-- Values live in observation_revision: an import never overwrites, it adds a revision.
-- counterpart '' = none and sex 'total' keep the natural key a plain unique constraint
-- (PostgreSQL 14 has no NULLS NOT DISTINCT).
create table observation (
    id             bigint generated always as identity primary key,
    indicator_code text not null references indicator (code),
    country        text not null check (country ~ '^[A-Z0-9]{3}$'),
    counterpart    text not null default '' check (counterpart = '' or counterpart ~ '^[A-Z0-9]{3}$'),
    period         text not null,
    period_start   date not null,
    period_end     date not null check (period_end >= period_start),
    sex            text not null default 'total' check (sex in ('total', 'female', 'male')),
    source         text not null,
    -- dataset: an official series imported from a file; document: a figure stated in a document
    kind           text not null default 'dataset' check (kind in ('dataset', 'document')),
    unique (indicator_code, country, counterpart, period, sex, source)
);
create index observation_series on observation (indicator_code, country, period_start);
create index observation_counterpart on observation (indicator_code, country, counterpart);

create table observation_revision (
    id             bigint generated always as identity primary key,
    observation_id bigint not null references observation (id),
    revision       integer not null check (revision >= 1),
    value          numeric,
    status         text not null check (status in ('normal', 'estimate', 'provisional', 'forecast', 'missing')),
    release        text not null,
    recorded_at    timestamptz not null default now(),
    recorded_by    text not null,
    import_id      bigint references import (id),
    file_name      text,
    file_row       bigint,
    document       text,
    quote          text,
    annotation     text,
    unique (observation_id, revision),
    check ((value is null) = (status = 'missing'))
);
create index observation_revision_time on observation_revision (observation_id, recorded_at);

-- A figure stated in a document, checked against the reference series.
create table claim (
    id             bigint generated always as identity primary key,
    document       text not null,
    annotation     text,
    quote          text,
    indicator_code text not null references indicator (code),
    country        text not null,
    counterpart    text not null default '',
    period         text not null,
    value          numeric not null,
    unit           text not null,
    source_cited   text,
    created_at     timestamptz not null default now(),
    created_by     text not null,
    unique (document, indicator_code, country, counterpart, period, value)
);
create index claim_document on claim (document);
