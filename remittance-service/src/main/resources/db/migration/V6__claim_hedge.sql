-- The hedge word a document puts before a claimed figure (environ, more than...): it widens the check's tolerance.
alter table claim add column hedge text;
