-- Relations between passages (issue 22): a linking annotation has two or more targets. The first stays in the
-- annotation's columns (anchored and re-anchored as any passage); the others are kept here as W3C targets
-- (sources as paths) with their documents, so that a document's listing finds the relation from either side.
alter table annotation add column link_targets jsonb check (link_targets is null or jsonb_typeof(link_targets) = 'array');
alter table annotation add column linked_documents bigint[] not null default '{}';
create index annotation_linked_documents_idx on annotation using gin (linked_documents) where deleted_at is null;

-- W3C's classifying purpose types a relation (as tagging does); the motivation is accepted too
alter table annotation drop constraint annotation_motivation_check;
alter table annotation add constraint annotation_motivation_check
    check (motivation in ('commenting', 'highlighting', 'tagging', 'identifying', 'linking', 'questioning', 'assessing',
                          'replying', 'classifying'));
