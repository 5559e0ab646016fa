-- The annotation's GIN indexes are written at each insert instead of through a pending list. With the list (GIN's
-- fastupdate, PostgreSQL's default), every listing of a document scanned the entries inserted since the last
-- vacuum one by one: its filter on linked_documents (a relation is listed on each of its documents) took 4 ms for
-- 50,000 new annotations instead of 0.005, and a tag or actor filter the same; a write that filled the list merged
-- it all at once. Writing them directly costs an insert about 10 microseconds more (bulk inserts of 5,000 rows:
-- 190 -> 250 ms; bench/results/profiles/reader-tti-5000.md, session 35).
alter index annotation_tags_idx set (fastupdate = off);
alter index annotation_actor_ids_idx set (fastupdate = off);
alter index annotation_concepts_idx set (fastupdate = off);
alter index annotation_linked_documents_idx set (fastupdate = off);
-- what the lists hold now goes into the indexes
select gin_clean_pending_list('annotation_tags_idx'::regclass);
select gin_clean_pending_list('annotation_actor_ids_idx'::regclass);
select gin_clean_pending_list('annotation_concepts_idx'::regclass);
select gin_clean_pending_list('annotation_linked_documents_idx'::regclass);
