-- Controlled vocabularies (issue 22): SKOS concept schemes of a team (or shared by all when team is null),
-- their concepts with French and English labels, and the concept IRIs an annotation is tagged with.
create table vocabulary (
    id          uuid        primary key,
    -- the skos:ConceptScheme IRI (imported, or urn:uuid: minted)
    iri         text        not null unique,
    title       text        not null,
    -- the Keycloak group that owns it; null: shared with every reader
    team        text,
    revision    bigint      not null default 0,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    modified_at timestamptz not null default now()
);

create table concept (
    id            uuid    primary key,
    vocabulary_id uuid    not null references vocabulary (id) on delete cascade,
    iri           text    not null,
    notation      text,
    pref_label_fr text,
    pref_label_en text,
    alt_labels_fr text[]  not null default '{}',
    alt_labels_en text[]  not null default '{}',
    definition_fr text,
    definition_en text,
    -- skos:broader, as IRIs of concepts of the same vocabulary (narrower is its inverse)
    broader       text[]  not null default '{}',
    constraint concept_iri_once unique (vocabulary_id, iri)
);

-- the closure of narrower concepts walks broader from a concept: by IRI, across vocabularies
create index concept_iri_idx on concept (iri);
create index concept_broader_idx on concept using gin (broader);

-- a team may require that its members tag with concepts of one vocabulary (free tags then 422)
alter table team_setting add column required_vocabulary uuid references vocabulary (id) on delete set null;

-- concept IRIs of an annotation's tagging (or classifying) SpecificResource bodies, for the container's filter
alter table annotation add column concepts text[] not null default '{}';
create index annotation_concepts_idx on annotation using gin (concepts) where deleted_at is null;
