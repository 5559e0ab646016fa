-- Notifications (issue 21): written in the transaction of their cause, read by their recipient (newest first),
-- and streamed live: the insert trigger NOTIFYs every replica, like the annotation events of V4. Each points to
-- a document and, when it is about one, an annotation; whether the recipient may see them is checked when read.
create sequence notification_id_seq;

create table notification (
    id            bigint      primary key default nextval('notification_id_seq'),
    recipient     text        not null,
    type          text        not null check (type in ('mentioned', 'replied', 'assigned', 'flagged', 'hidden', 'accepted',
                                  'rejected', 'new_version')),
    -- who caused it
    actor         text        not null,
    document_id   bigint      not null references document (id) on delete cascade,
    annotation_id uuid        references annotation (id) on delete cascade,
    created_at    timestamptz not null default now(),
    read_at       timestamptz
);

create index notification_recipient_idx on notification (recipient, id desc);
create index notification_unread_idx on notification (recipient, id desc) where read_at is null;

-- "<id>:<recipient>": the listener loads the row by id for the recipient's subscribers on this replica
create function notification_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('corridor_notifications', new.id || ':' || new.recipient);
    return null;
end $$;

create trigger notification_notify after insert on notification
    for each row execute function notification_notify();

-- Who follows a document: notified of its new versions. Assignees follow what they are assigned.
create table document_follow (
    document_id bigint      not null references document (id) on delete cascade,
    username    text        not null,
    since       timestamptz not null default now(),
    primary key (document_id, username)
);

create index document_follow_username_idx on document_follow (username);
