-- Caveats kept (issue #23): what the publisher says about one value, stored with the revision that carries it, so an
-- observation and a verdict can say it. footnote: a World Bank footnote (API footnote=y) or an SDMX observation comment;
-- type_of_data: UN DESA's "type of data" codes of the destination's source, normalized as letters separated by a space
-- (B foreign-born, C foreign citizens, R refugees added, I imputed); notes: UN DESA's note numbers, a country's special
-- notes from World Bank metadata.
alter table observation_revision
    add column footnote text check (length(footnote) <= 4000),
    add column type_of_data text check (type_of_data ~ '^[BCRI]( [BCRI])*$'),
    add column notes text check (length(notes) <= 4000);
