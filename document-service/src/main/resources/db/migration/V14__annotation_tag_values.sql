-- The values of an annotation's tagging bodies as written (the tags column is lower-cased for the filter), kept by
-- PostgreSQL from the body on every write: the container's compact form lists them for thousands of annotations
-- at a time, and evaluating the JSON path per row at each read was a third of that statement's time
-- (bench/results/profiles/reader-tti-5000.md, session 35).
alter table annotation add column tag_values jsonb not null generated always as (
    jsonb_path_query_array(body, '$[*] ? (@.purpose == "tagging" && @.value.type() == "string").value')) stored;
