-- An actor's founding may be as uncertain as a relation's start ("created in the early 2000s"): the same
-- uncertainty bounds as relations, events and posts (V2-V4), in order when both are known.
alter table actor
    add column not_before date,
    add column not_after  date,
    add constraint actor_bounds_ordered check (not_before is null or not_after is null or not_before <= not_after);
