-- Collaborative annotation (W3C Web Annotation). The bodies are kept as written (jsonb), the target
-- as last anchored; the columns beside them are what listings filter on and what re-anchoring
-- reads and rewrites. Offsets are Unicode code points of the text of version `version`.
create table annotation (
    id            uuid        primary key,
    -- a reply belongs to its parent's document, so that a document's listing and event stream carry its threads
    document_id   bigint      not null references document (id) on delete cascade,
    -- the version the selectors point into; null for replies (they target an annotation)
    version       integer     check (version >= 1),
    motivation    text        not null check (motivation in ('commenting', 'highlighting', 'tagging', 'identifying',
                                  'linking', 'questioning', 'assessing', 'replying')),
    -- the W3C bodies as stored (an array, possibly empty)
    body          jsonb       not null default '[]' check (jsonb_typeof(body) = 'array'),
    -- the W3C target as last anchored, its source as a path (the public IRI is added when read)
    target        jsonb       not null,
    exact         text,
    prefix        text,
    suffix        text,
    start_pos     integer     check (start_pos >= 0),
    end_pos       integer,
    reply_to      uuid        references annotation (id) on delete cascade,
    creator       text        not null,
    visibility    text        not null default 'team' check (visibility in ('private', 'team', 'public')),
    -- the creator's teams when the annotation was last written: who "team" means
    teams         text[]      not null default '{}',
    status        text        not null default 'accepted' check (status in ('proposed', 'accepted', 'rejected')),
    anchor_state  text        not null default 'anchored' check (anchor_state in ('anchored', 'orphaned')),
    -- tags (lower-cased) and actor ids of the bodies, for the container's filters
    tags          text[]      not null default '{}',
    actor_ids     bigint[]    not null default '{}',
    -- the software agent that wrote it (the suggester, an import), when not a person directly
    generator     text,
    -- bumped by every change: the ETag
    revision      bigint      not null default 0,
    created_at    timestamptz not null default now(),
    modified_at   timestamptz not null default now(),
    -- soft deletion (by the creator, or a curator's moderation with a reason): answers 404, history kept
    deleted_at    timestamptz,
    deleted_by    text,
    delete_reason text,
    -- a reply has no selectors; a passage annotation has a version and a quote, and a position unless
    -- it is orphaned (an imported quote found nowhere may have none)
    constraint annotation_kind_check check ((reply_to is null) = (version is not null)),
    constraint annotation_position_check check ((start_pos is null) = (end_pos is null)
        and (start_pos is null or start_pos < end_pos)),
    constraint annotation_passage_check check (reply_to is not null
        or (exact is not null and (start_pos is not null or anchor_state = 'orphaned')))
);

-- Container filters: all of them start from live annotations, most from one document.
create index annotation_document_idx on annotation (document_id, created_at, id) where deleted_at is null;
create index annotation_created_idx on annotation (created_at, id) where deleted_at is null;
create index annotation_creator_idx on annotation (creator) where deleted_at is null;
create index annotation_tags_idx on annotation using gin (tags) where deleted_at is null;
create index annotation_actor_ids_idx on annotation using gin (actor_ids) where deleted_at is null;
create index annotation_reply_to_idx on annotation (reply_to) where reply_to is not null;
create index annotation_orphans_idx on annotation (document_id) where anchor_state = 'orphaned' and deleted_at is null;

-- Every change of an annotation: who, when, what it was before and after (JSON-LD snapshots).
create table annotation_change (
    id            bigserial   primary key,
    annotation_id uuid        not null references annotation (id) on delete cascade,
    -- the annotation's revision after the change
    revision      bigint      not null,
    action        text        not null check (action in ('created', 'updated', 'status', 'deleted', 'reanchored',
                                  'restored')),
    actor         text        not null,
    at            timestamptz not null default now(),
    reason        text,
    before        jsonb,
    after         jsonb
);

create index annotation_change_annotation_idx on annotation_change (annotation_id, id);
