-- observation_counterpart (indicator_code, country, counterpart) repeats the first columns of the
-- natural key's unique index, which serves the same lookups (counterparts of a country, the latest
-- bilateral period); every imported row paid for maintaining it a second time.
drop index observation_counterpart;
