-- Fetches (issue #23): an import taken from a publisher's API records the request it sent and when the answer was
-- retrieved, on the import and on each revision it recorded (the revision's provenance, as a file's name and row are).
alter table import
    add column request_url text check (length(request_url) <= 2000),
    add column retrieved_at timestamptz;
alter table observation_revision
    add column request_url text check (length(request_url) <= 2000),
    add column retrieved_at timestamptz;
