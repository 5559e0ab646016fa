-- Team workflow (issue 21): curators assign documents to annotators, each annotator moves their own state
-- on a document (new -> in_progress -> finished; a curator reopens), and a document moves through
-- annotating -> curating -> curated. A finished annotator's annotations on the document are frozen.
create sequence assignment_id_seq;

create table assignment (
    id          bigint      primary key default nextval('assignment_id_seq'),
    document_id bigint      not null references document (id) on delete cascade,
    assignee    text        not null,
    state       text        not null default 'new' check (state in ('new', 'in_progress', 'finished')),
    assigned_by text        not null,
    assigned_at timestamptz not null default now(),
    -- when the state last changed, and by whom (the assignee, or a curator reopening)
    state_by    text        not null,
    state_at    timestamptz not null default now(),
    unique (document_id, assignee)
);

-- "my assignments": one annotator's rows
create index assignment_assignee_idx on assignment (assignee, document_id);

-- A document's workflow state; no row is 'annotating', the state every document starts in.
create table document_workflow (
    document_id bigint      primary key references document (id) on delete cascade,
    state       text        not null check (state in ('annotating', 'curating', 'curated')),
    changed_by  text        not null,
    changed_at  timestamptz not null default now()
);
