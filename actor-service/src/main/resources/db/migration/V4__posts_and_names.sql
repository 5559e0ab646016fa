-- Popolo posts: a position in an organization that exists whether anyone holds it or not ("Ministre des Maliens de
-- l'extérieur"); memberships may name the post they hold and on whose behalf. Names valid over a period (Malian
-- ministries are renamed often). Uncertainty bounds on relations and posts, as events have them.

create sequence post_seq start with 1 increment by 50;
create table post (
    id              bigint primary key,
    organization_id bigint not null references actor (id),
    label           text   not null check (length(label) between 1 and 500),
    role            text   check (length(role) <= 200),
    description     text   check (length(description) <= 5000),
    start_date      text   check (start_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    start_from      date,
    end_date        text   check (end_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    end_to          date,
    not_before      date,
    not_after       date,
    status          text   not null check (status in ('proposed', 'accepted')),
    version         bigint not null default 0,
    created_by      text   not null,
    created_at      timestamptz not null default now(),
    changed_by      text,
    changed_at      timestamptz,
    constraint post_dates_ordered check (start_from is null or end_to is null or start_from <= end_to),
    constraint post_bounds_ordered check (not_before is null or not_after is null or not_before <= not_after)
);
create index post_organization_idx on post (organization_id);

-- A membership (member_of, leader_of, adviser_to...) may hold a post of its object, on someone's behalf.
alter table relation
    add column post_id      bigint references post (id),
    add column on_behalf_of bigint references actor (id),
    add column not_before   date,
    add column not_after    date,
    add constraint relation_bounds_ordered check (not_before is null or not_after is null or not_before <= not_after),
    add constraint relation_not_on_own_behalf check (on_behalf_of is null or on_behalf_of <> subject_id);
create index relation_post_idx on relation (post_id);
create index relation_behalf_idx on relation (on_behalf_of);

-- A name valid over a period: the name shown for a date is the one in force then; detection keeps them all.
alter table actor_name
    add column start_date text check (start_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    add column start_from date,
    add column end_date   text check (end_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    add column end_to     date,
    add constraint actor_name_dates_ordered check (start_from is null or end_to is null or start_from <= end_to);
