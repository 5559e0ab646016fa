-- Curation (issue 22): a curator merges the annotators' versions of a document into one curated layer. A curated
-- annotation is an annotation like any other (anchored, re-anchored, listed, exported, deleted the usual way) whose
-- layer says it is the curators' result, not one annotator's; its via names the annotations it was taken from.
alter table annotation add column layer text not null default 'annotators' check (layer in ('annotators', 'curated'));
-- the curation view and the curated export read a document's curated layer
create index annotation_curated_idx on annotation (document_id) where layer = 'curated' and deleted_at is null;
