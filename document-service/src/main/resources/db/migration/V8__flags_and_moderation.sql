-- Flags and moderation (issue 21). A member who sees an annotation flags it with a reason; curators work
-- through the open flags and hide (or keep) the annotation. A hidden annotation still answers, without its
-- bodies, to everyone but its creator and curators. A pre-moderated team's annotations (by non-curators)
-- wait as 'pending', seen only by their creator and curators, until a curator accepts them.
alter table annotation drop constraint annotation_status_check;
alter table annotation add constraint annotation_status_check
    check (status in ('pending', 'proposed', 'accepted', 'rejected'));
alter table annotation add column hidden_at timestamptz;
alter table annotation add column hidden_by text;
alter table annotation add column hidden_reason text;

alter table annotation_change drop constraint annotation_change_action_check;
alter table annotation_change add constraint annotation_change_action_check
    check (action in ('created', 'updated', 'status', 'deleted', 'reanchored', 'restored', 'flagged', 'hidden', 'unhidden'));

create sequence annotation_flag_id_seq;

create table annotation_flag (
    id            bigint      primary key default nextval('annotation_flag_id_seq'),
    annotation_id uuid        not null references annotation (id) on delete cascade,
    flagger       text        not null,
    reason        text        not null,
    created_at    timestamptz not null default now(),
    -- a curator's decision: hidden (the annotation was hidden) or dismissed (kept as it is)
    resolved_at   timestamptz,
    resolved_by   text,
    resolution    text        check (resolution in ('hidden', 'dismissed')),
    constraint annotation_flag_resolved_check check ((resolved_at is null) = (resolution is null))
);

-- one open flag per member and annotation; the queue reads the open ones first
create unique index annotation_flag_open_once on annotation_flag (annotation_id, flagger) where resolved_at is null;
create index annotation_flag_queue_idx on annotation_flag ((resolved_at is null), created_at desc);

-- Settings of a team (teams themselves live in Keycloak): pre-moderation for now.
create table team_setting (
    team          text        primary key,
    premoderated  boolean     not null default false,
    changed_by    text        not null,
    changed_at    timestamptz not null default now()
);
