-- The W3C model's canonical (one IRI, the annotation's identity across copies) and via (the IRIs of the
-- annotations it was copied from), kept as the client sent them: via is the JSON value sent, a string or
-- an array of strings, so that it is given back in the same form.
alter table annotation add column canonical text;
alter table annotation add column via jsonb;

-- Who may see a reply's event: beside the reply's own rule (creator, visibility, teams), the rules of
-- the annotations up its thread when it was written ([{"creator", "visibility", "teams"}, ...], parent
-- first; [] for a passage annotation), so that a subscriber who may not see the parent never gets the
-- reply, live or replayed.
alter table annotation_event add column thread jsonb not null default '[]';
