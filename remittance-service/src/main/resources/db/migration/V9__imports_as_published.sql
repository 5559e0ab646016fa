-- Imports as published (issue #23). unit_mult: the power of ten a file's values were multiplied by to store them in
-- the indicator's unit (SDMX UNIT_MULT 6: published in millions); unit_measure: the unit the file states (SDMX
-- UNIT_MEASURE), both recorded as published.
alter table observation_revision
    add column unit_mult integer check (unit_mult between -15 and 15),
    add column unit_measure text check (length(unit_measure) <= 100);

-- modelled: a value a model estimates rather than a count or a measured flow (the KNOMAD bilateral remittance
-- matrix estimates each corridor from migrant stocks and incomes).
alter table observation_revision drop constraint observation_revision_status_check;
alter table observation_revision add constraint observation_revision_status_check
    check (status in ('normal', 'estimate', 'provisional', 'forecast', 'missing', 'modelled'));

insert into indicator (code, name_en, unit, multiplier, source, periodicity, definition) values
('KNOMAD.REMITTANCES.BILATERAL', 'Bilateral remittance estimates (modelled, current US$)', 'USD', 0,
 'World Bank KNOMAD, Bilateral Remittance Matrix', 'irregular',
 'Remittances received by the country (receiving) from the counterpart (sending), as the World Bank and KNOMAD '
 || 'estimate them from migrant stocks and the incomes of both countries: modelled values, not recorded flows.');
