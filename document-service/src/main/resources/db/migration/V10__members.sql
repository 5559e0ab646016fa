-- The members the service has seen (issue 21): the services know users only from their tokens, so this
-- directory is learned from them (user name, display name, teams, last seen), refreshed at most every few
-- minutes per user. It answers the editor's @mention autocomplete and decides who a mention may name: a
-- user who never signed in is unknown here.
create table member (
    username     text        primary key,
    display_name text        not null,
    teams        text[]      not null default '{}',
    last_seen    timestamptz not null default now()
);

create index member_display_name_idx on member (lower(display_name) text_pattern_ops);
create index member_username_idx on member (lower(username) text_pattern_ops);
