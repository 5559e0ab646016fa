-- Vintages by publication (issue #23): each revision carries the publisher's release date as a date, as ALFRED's
-- vintage dates do, so that "what was published on D" is answerable; 'release' stays the label as received
-- ("2025-01-28", "World Bank 2019" for a figure a document cites). recorded_at stays Corridor's own time.
-- Earlier rows: the label's leading ISO date where it has one, else the day Corridor recorded the value.
create function pg_temp.release_date(label text) returns date language plpgsql as $$
begin
    return substring(label from '^\d{4}-\d{2}-\d{2}')::date;
exception when others then
    return null; -- 2025-13-45 is no date
end $$;

alter table observation_revision add column released_on date;
update observation_revision set released_on = coalesce(pg_temp.release_date(release), recorded_at::date);
alter table observation_revision alter column released_on set not null;

alter table import add column released_on date;
update import set released_on = coalesce(pg_temp.release_date(release), imported_at::date);
alter table import alter column released_on set not null;

-- The publication date of the claim's document: its verdict is read against what was published by then.
alter table claim add column document_date date;
