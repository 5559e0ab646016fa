-- Search scales with a bounded set of matches (DocumentQueries): the planner must know how many
-- versions each search configuration covers to choose between walking the newest versions and
-- reading every match from the GIN index. An expression on corridor_search_config() gets no
-- statistics (and PostgreSQL 17 runs ANALYZE and index builds with a search_path where the
-- function cannot resolve its configurations), so the configuration becomes a stored column:
-- ANALYZE sees it, the search filters on it.
alter table document_version
    add column search_config regconfig generated always as (corridor_search_config(language)) stored;
