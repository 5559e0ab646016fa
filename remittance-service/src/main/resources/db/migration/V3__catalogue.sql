-- The catalogue's starting entries: metadata only, no values. Codes, English names, units and
-- definitions follow the World Bank's World Development Indicators metadata
-- (https://data.worldbank.org/indicator/<code>); French names are the World Bank's French labels
-- where it publishes them. UNDESA.IMS.BILATERAL is Corridor's code for the UN DESA International
-- Migrant Stock origin-destination tables, which have no World Bank code.
insert into indicator (code, name_en, name_fr, unit, multiplier, source, periodicity, definition) values
('BX.TRF.PWKR.CD.DT', 'Personal remittances, received (current US$)',
 'Envois de fonds personnels, reçus ($ US courants)', 'USD', 0, 'World Bank, World Development Indicators', 'annual',
 'Personal transfers and compensation of employees received by resident households from non-resident ones, in current U.S. dollars.'),
('BX.TRF.PWKR.DT.GD.ZS', 'Personal remittances, received (% of GDP)',
 'Envois de fonds personnels, reçus (% du PIB)', 'percent', 0, 'World Bank, World Development Indicators', 'annual',
 'Personal remittances received as a share of gross domestic product.'),
('BM.TRF.PWKR.CD.DT', 'Personal remittances, paid (current US$)',
 'Envois de fonds personnels, payés ($ US courants)', 'USD', 0, 'World Bank, World Development Indicators', 'annual',
 'Personal transfers and compensation of employees paid by resident households to non-resident ones, in current U.S. dollars.'),
('NY.GDP.MKTP.CD', 'GDP (current US$)', 'PIB ($ US courants)', 'USD', 0,
 'World Bank, World Development Indicators', 'annual',
 'Gross domestic product at purchaser''s prices, converted from domestic currencies at official exchange rates.'),
('SP.POP.TOTL', 'Population, total', 'Population, totale', 'persons', 0,
 'World Bank, World Development Indicators', 'annual',
 'All residents regardless of legal status or citizenship, midyear estimates.'),
('PA.NUS.FCRF', 'Official exchange rate (LCU per US$, period average)',
 'Taux de change officiel (UMN par $ US, moyenne pour la période)', 'LCU per USD', 0,
 'World Bank, World Development Indicators', 'annual',
 'Exchange rate determined by national authorities or the legally sanctioned market, annual average of local currency units per U.S. dollar (XOF per USD for Mali).'),
('SM.POP.TOTL', 'International migrant stock, total', 'Stock de migrants internationaux, total', 'persons', 0,
 'World Bank, World Development Indicators', 'irregular',
 'People born in a country other than that in which they live, including refugees.'),
('UNDESA.IMS.BILATERAL', 'International migrant stock by origin and destination',
 'Stock de migrants internationaux par origine et destination', 'persons', 0,
 'UN DESA, International Migrant Stock', 'irregular',
 'Migrants born in the country of origin (country) living in the country of destination (counterpart) at mid-year.');

update indicator set numerator = 'BX.TRF.PWKR.CD.DT', denominator = 'NY.GDP.MKTP.CD'
 where code = 'BX.TRF.PWKR.DT.GD.ZS';
