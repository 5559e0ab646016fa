-- Documents gain their bibliographic metadata, a revision (the ETag of the metadata), the number
-- of their latest version, and a soft-delete mark (deleted documents answer 404 but keep their
-- versions, and later their annotations, until an admin purges them).
alter table document
    add column authors        text[]      not null default '{}',
    add column issuer         bigint      check (issuer > 0),
    add column date           text        check (date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    add column date_start     date,
    add column date_end       date,
    add column source_url     text        check (length(source_url) <= 2000),
    add column tags           text[]      not null default '{}',
    add column latest_version integer     not null default 0,
    add column revision       bigint      not null default 0,
    add column updated_at     timestamptz not null default now(),
    add column deleted_at     timestamptz,
    add column deleted_by     text,
    add constraint document_kind_check check (kind in ('academic_article', 'policy_briefing', 'official_communique',
        'white_paper', 'country_factsheet', 'press_article', 'interview', 'dataset_note', 'other')),
    add constraint document_dates_check check ((date is null) = (date_start is null) and (date is null) = (date_end is null));

create index document_tags_idx on document using gin (tags);
create index document_kind_idx on document (kind);
create index document_date_idx on document (date_start, date_end);

-- Full-text search: one configuration per language, each folding accents first (unaccent) so that
-- "readmission", "réadmission" and "Réadmissions" meet on the same lexeme. Languages without a
-- stemmer use corridor_simple (accent- and case-folded words, no stemming).
create text search configuration corridor_fr (copy = french);
alter text search configuration corridor_fr
    alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration corridor_en (copy = english);
alter text search configuration corridor_en
    alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration corridor_simple (copy = simple);
alter text search configuration corridor_simple
    alter mapping for hword, hword_part, word with unaccent, simple;

-- The configuration of a language tag. Declared immutable so that it may feed a generated column:
-- the three configurations above are part of this schema and are never altered in place.
create function corridor_search_config(language text) returns regconfig
    language sql immutable parallel safe as
$$
select case
           when $1 = 'fr' or $1 like 'fr-%' then 'corridor_fr'::regconfig
           when $1 = 'en' or $1 like 'en-%' then 'corridor_en'::regconfig
           else 'corridor_simple'::regconfig
       end
$$;

-- Plural folding before stemming, the same on text and queries: a final "s" after three letters
-- becomes a space (same length, so character positions do not move). Snowball French reads
-- "-issions" as a verb ending ("réadmissions" stems to "readm", "réadmission" to "readmiss"); with
-- the plural folded first, both meet on "readmiss". Harmless for English and for words that only
-- look plural, since queries are folded the same way.
create function corridor_fold_plurals(body text) returns text
    language sql immutable parallel safe as
$$
select regexp_replace($1, '([^[:space:][:punct:][:digit:]\u00A0\u202F’]{3})s(?=[[:space:][:punct:]\u00A0\u202F’]|$)', '\1 ', 'gi')
$$;

create sequence document_version_seq start with 1 increment by 50;

-- One uploaded file of a document and the text extracted from it. A version's text never changes
-- once stored, so code-point offsets into it stay valid for ever. Its language follows the
-- document's (a metadata change re-indexes it), which chooses the search configuration.
create table document_version (
    id            bigint primary key,
    document_id   bigint      not null references document (id) on delete cascade,
    n             integer     not null check (n >= 1),
    sha256        text        not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type    text        not null,
    file_name     text,
    size          bigint      not null check (size > 0),
    text          text        not null,
    text_length   integer     not null check (text_length >= 0),
    no_text_layer boolean     not null default false,
    -- for paginated formats: where each page ends, in code points (page i spans [end of i-1, end of i))
    page_ends     integer[],
    language      text,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    -- Only the first million characters are indexed: a tsvector is limited to 1 MB.
    search        tsvector generated always as
                  (to_tsvector(corridor_search_config(language), corridor_fold_plurals(left(text, 1000000)))) stored,
    unique (document_id, n)
);

create index document_version_search_idx on document_version using gin (search);

-- The original bytes, apart from the version row so that reading metadata never loads them.
-- PostgreSQL keeps them here (TOAST); an object store can replace this table without touching the API.
create table document_original (
    version_id bigint primary key references document_version (id) on delete cascade,
    bytes      bytea not null
);
