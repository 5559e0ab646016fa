package io.corridor.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads the corpus's one event: the Mali–EU high-level dialogue on migration of 11 December 2016, as its communiqué
 * states it. Who took part for whom is written here by corpus key (the communiqué names them); the date and the
 * evidence come from the facts: the communiqué's relations of that day (relations.csv), each quote anchored as an
 * annotation on the communiqué, as relation evidence is. Skipped when Mali already has a high-level dialogue that day.
 */
public final class EventCorpus implements CorpusLoader {

    public static final String COMMUNIQUE = "communique-mali-ue-dialogue-migration-2016.txt";
    public static final String DAY = "2016-12-11";

    @Override
    public int order() {
        return 30; // after the actors it names
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String load(Api api, Corpus corpus) throws Exception {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String key : List.of("mali", "eu", "p-diop", "p-konate-m", "p-koenders", "p-mogherini", "i-eutf", "i-ponam")) {
            JsonNode found = api.get("/api/v1/actors?key=" + Api.encode(key)).path("items");
            if (found.isEmpty()) {
                throw new IllegalStateException("the actors loader did not register " + key);
            }
            JsonNode actor = found.get(0);
            ids.put(key, actor.path("mergedInto").isNumber() ? actor.path("mergedInto").asLong() : actor.path("id").asLong());
        }
        JsonNode existing = api.get("/api/v1/events?kind=high_level_dialogue&at=" + DAY + "&actor=" + ids.get("mali"));
        if (existing.path("total").asLong() > 0) {
            return "1 event (0 new)";
        }
        EvidenceAnnotations annotations = new EvidenceAnnotations(api);
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (CSVRecord row : corpus.csv("facts/relations.csv")) {
            if (!row.get("document").equals(COMMUNIQUE) || !row.get("start").equals(DAY)) {
                continue;
            }
            Map<String, Object> cited = new LinkedHashMap<>();
            String iri = annotations.annotate(COMMUNIQUE, row.get("quote"), ids.get(row.get("subject")), ids.get(row.get("object")),
                    "high-level dialogue " + DAY);
            if (iri != null) {
                cited.put("annotation", iri);
            }
            cited.put("document", COMMUNIQUE);
            cited.put("quote", row.get("quote"));
            evidence.add(cited);
        }
        if (evidence.isEmpty()) {
            throw new IllegalStateException("relations.csv holds no fact of " + COMMUNIQUE + " dated " + DAY);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("kind", "high_level_dialogue");
        event.put("title", "Dialogue de haut niveau Mali – Union européenne sur les migrations");
        event.put("start", DAY);
        event.put("place", "Bamako");
        event.put("participants", List.of(
                participant(ids.get("p-koenders"), "Ministre des Affaires étrangères des Pays-Bas", ids.get("p-mogherini")),
                participant(ids.get("p-diop"), "Ministre des Affaires étrangères", ids.get("mali")),
                participant(ids.get("p-konate-m"), "Ministre de la Justice", ids.get("mali")),
                participant(ids.get("mali"), "partie", null),
                participant(ids.get("eu"), "partie", null)));
        event.put("instruments", List.of(Map.of("instrument", ids.get("i-eutf"), "action", "reviewed"),
                Map.of("instrument", ids.get("i-ponam"), "action", "discussed")));
        event.put("evidence", evidence);
        Api.expect(api.postJson("/api/v1/events", event), 201);
        return "1 event (1 new, " + evidence.size() + " evidence quotes)";
    }

    private static Map<String, Object> participant(long actor, String role, Long onBehalfOf) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("actor", actor);
        p.put("role", role);
        if (onBehalfOf != null) {
            p.put("onBehalfOf", onBehalfOf);
        }
        return p;
    }
}
