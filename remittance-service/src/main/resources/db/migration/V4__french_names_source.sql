-- Correction of V3: its comment called the French names "the World Bank's French labels". They were
-- written by Corridor and never checked against a World Bank publication, so they must not be shown
-- as the World Bank's. Each French name now says who wrote it; the seed's are Corridor's translations.
-- (V3 stays as it was applied: Flyway checks the checksums of applied migrations.)
alter table indicator add column name_fr_source text check (length(name_fr_source) <= 300);

update indicator set name_fr_source = 'Corridor translation, not a World Bank label'
 where name_fr is not null and code in ('BX.TRF.PWKR.CD.DT', 'BX.TRF.PWKR.DT.GD.ZS', 'BM.TRF.PWKR.CD.DT',
   'NY.GDP.MKTP.CD', 'SP.POP.TOTL', 'PA.NUS.FCRF', 'SM.POP.TOTL', 'UNDESA.IMS.BILATERAL');
