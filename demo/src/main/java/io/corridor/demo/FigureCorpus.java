package io.corridor.demo;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads facts/figures.csv: each figure becomes a document-sourced observation (provenance: the
 * document's file name and the quote) and a stored claim, whose verdict the API computes against
 * whatever reference series have been imported. No official values are invented: figures are the
 * documents' own. Each claim carries its document's date from manifest.csv as documentDate, so that its verdict is read
 * against what was published by then (a 2019 document against 2019 data) besides today's. Idempotent: the API answers 200 for an observation or claim it already holds.
 */
public final class FigureCorpus implements CorpusLoader {

    /** The corpus's indicator names, mapped to World Bank codes where the series is a WDI one. */
    private static final Map<String, String[]> WORLD_BANK = Map.of(
            "remittances_received", new String[] { "BX.TRF.PWKR.CD.DT" },
            "remittances_received_pct_gdp", new String[] { "BX.TRF.PWKR.DT.GD.ZS" },
            "emigrant_stock", new String[] { "UNDESA.IMS.BILATERAL" },
            "population", new String[] { "SP.POP.TOTL" },
            "urban_population_pct", new String[] { "SP.URB.TOTL.IN.ZS", "Urban population (% of total population)", "percent" },
            "life_expectancy", new String[] { "SP.DYN.LE00.IN", "Life expectancy at birth, total (years)", "years" },
            "gni_per_capita", new String[] { "NY.GNP.PCAP.CD", "GNI per capita, Atlas method (current US$)", "USD" },
            "women_in_parliament_pct", new String[] { "SG.GEN.PARL.ZS", "Proportion of seats held by women in national parliaments (%)", "percent" },
            "literacy_rate_15plus_pct", new String[] { "SE.ADT.LITR.ZS", "Literacy rate, adult total (% of people ages 15 and above)", "percent" },
            "internet_use_pct", new String[] { "IT.NET.USER.ZS", "Individuals using the Internet (% of population)", "percent" });

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public String load(Api api, Corpus corpus) throws Exception {
        int figures = 0;
        int newObservations = 0;
        int newClaims = 0;
        int discrepant = 0;
        Map<String, String> documentDates = new java.util.HashMap<>();
        for (CSVRecord d : corpus.csv("manifest.csv")) {
            documentDates.put(d.get("file"), blankToNull(d.get("date")));
        }
        for (CSVRecord f : corpus.csv("facts/figures.csv")) {
            figures++;
            String code = indicator(api, f.get("indicator"), f.get("unit"));
            String counterpart = area(f.get("counterpart"));
            Map<String, Object> observation = new LinkedHashMap<>();
            observation.put("country", area(f.get("country")));
            observation.put("counterpart", counterpart);
            observation.put("period", f.get("period"));
            observation.put("value", new java.math.BigDecimal(f.get("value")));
            observation.put("document", f.get("document"));
            observation.put("quote", f.get("quote"));
            observation.put("sourceCited", blankToNull(f.get("source_cited")));
            HttpResponse<String> recorded = api.postJson("/api/v1/indicators/" + code + "/observations", observation);
            Api.expect(recorded, 200, 201);
            newObservations += recorded.statusCode() == 201 ? 1 : 0;

            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("document", f.get("document"));
            claim.put("quote", f.get("quote"));
            claim.put("indicator", code);
            claim.put("country", area(f.get("country")));
            claim.put("counterpart", counterpart);
            claim.put("period", f.get("period"));
            claim.put("value", new java.math.BigDecimal(f.get("value")));
            claim.put("unit", f.get("unit"));
            claim.put("sourceCited", blankToNull(f.get("source_cited")));
            claim.put("documentDate", documentDates.get(f.get("document")));
            HttpResponse<String> stored = api.postJson("/api/v1/claims", claim);
            JsonNode body = Api.expect(stored, 200, 201);
            newClaims += stored.statusCode() == 201 ? 1 : 0;
            discrepant += "discrepant".equals(body.path("verdict").path("verdict").asText()) ? 1 : 0;
        }
        return figures + " figures: " + newObservations + " new document observations, " + newClaims + " new claims ("
                + discrepant + " discrepant with the reference data loaded)";
    }

    /** The catalogue code for a corpus indicator name, created in the catalogue when missing. */
    private static String indicator(Api api, String name, String unit) throws Exception {
        String[] known = WORLD_BANK.get(name);
        if (known != null && known.length == 1) {
            return known[0]; // seeded by the remittance-service's migrations
        }
        String code = known != null ? known[0] : "CORRIDOR." + name.toUpperCase(Locale.ROOT);
        HttpResponse<String> existing = api.send(api.request("/api/v1/indicators/" + Api.encode(code)).GET().build());
        if (existing.statusCode() == 200) {
            return code;
        }
        Api.expect(existing, 404);
        Map<String, Object> draft = new LinkedHashMap<>();
        if (known != null) {
            draft.put("nameEn", known[1]);
            draft.put("unit", known[2]);
            draft.put("source", "World Bank, World Development Indicators");
            draft.put("periodicity", "annual");
        } else {
            draft.put("nameEn", name.replace('_', ' '));
            draft.put("unit", unit);
            draft.put("source", "Figures stated in the Corridor corpus documents");
            draft.put("periodicity", "irregular");
            draft.put("definition", "A figure found in the documents of the corpus; no official series is attached.");
        }
        HttpRequest put = api.request("/api/v1/indicators/" + Api.encode(code)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(draft))).build();
        Api.expect(api.send(put), 200, 201);
        return code;
    }

    /** The corpus writes the European Union as EU; the World Bank's area code is EUU. */
    private static String area(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return c.isEmpty() ? null : c.equals("EU") ? "EUU" : c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
