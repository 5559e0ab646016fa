-- The catalogue of indicators. Codes follow the World Bank's where one exists
-- (BX.TRF.PWKR.CD.DT: personal remittances received, current US$).
create table indicator (
    code        text primary key check (code ~ '^[A-Za-z0-9._-]{1,64}$'),
    name_en     text not null,
    name_fr     text,
    unit        text not null,
    source      text not null
);
