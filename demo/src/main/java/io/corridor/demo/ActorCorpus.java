package io.corridor.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads facts/actors.csv and facts/relations.csv into the actor registry. Each actor carries its
 * corpus key, so a second run finds it by key instead of creating it again; a relation is skipped
 * when its subject already has the same predicate towards the same object. A new relation's
 * evidence quote becomes an annotation on its corpus document ({@link EvidenceAnnotations}).
 */
public class ActorCorpus implements CorpusLoader {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public String load(Api api, Corpus corpus) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        int newActors = 0;
        List<CSVRecord> actors = corpus.csv("facts/actors.csv");
        for (CSVRecord row : actors) {
            String key = row.get("key");
            JsonNode found = api.get("/api/v1/actors?key=" + Api.encode(key)).path("items");
            if (found.size() > 0) {
                JsonNode actor = found.get(0);
                // a merged entry lives on in its survivor
                ids.put(key, actor.path("mergedInto").isNumber() ? actor.path("mergedInto").asLong() : actor.path("id").asLong());
                continue;
            }
            JsonNode created = Api.expect(api.postJson("/api/v1/actors", draft(row)), 201);
            ids.put(key, created.path("id").asLong());
            newActors++;
        }
        int newRelations = 0;
        int annotated = 0;
        EvidenceAnnotations evidence = new EvidenceAnnotations(api);
        List<CSVRecord> relations = corpus.csv("facts/relations.csv");
        for (CSVRecord row : relations) {
            Long subject = ids.get(row.get("subject"));
            Long object = ids.get(row.get("object"));
            if (subject == null || object == null) {
                throw new IllegalStateException("relations.csv names an actor that actors.csv lacks: " + row);
            }
            JsonNode existing = api.get("/api/v1/actors/" + subject + "/relations?predicate=" + Api.encode(row.get("predicate")));
            boolean known = false;
            for (JsonNode r : existing) {
                known |= r.path("object").path("id").asLong() == object;
            }
            if (known) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("subject", subject);
            body.put("predicate", row.get("predicate"));
            body.put("object", object);
            body.put("start", blankToNull(row.get("start")));
            body.put("end", blankToNull(row.get("end")));
            Map<String, Object> cited = new LinkedHashMap<>();
            String annotation = evidence.annotate(row.get("document"), row.get("quote"), subject, object,
                    row.get("subject") + " " + row.get("predicate") + " " + row.get("object"));
            if (annotation != null) {
                cited.put("annotation", annotation);
                annotated++;
            }
            cited.put("document", row.get("document"));
            cited.put("quote", row.get("quote"));
            body.put("evidence", List.of(cited));
            Api.expect(api.postJson("/api/v1/relations", body), 201);
            newRelations++;
        }
        return actors.size() + " actors (" + newActors + " new), " + relations.size() + " relations (" + newRelations
                + " new, " + annotated + " with their evidence annotated)";
    }

    private static Map<String, Object> draft(CSVRecord row) {
        List<String> aliases = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        for (String alias : row.get("aliases").split("\\|")) {
            if (!alias.isBlank()) {
                (isAcronym(alias.strip()) ? acronyms : aliases).add(alias.strip());
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", row.get("key"));
        body.put("kind", kind(row.get("kind"), row.get("name")));
        body.put("name", row.get("name"));
        body.put("language", "fr");
        body.put("aliases", aliases);
        body.put("acronyms", acronyms);
        body.put("country", blankToNull(row.get("country")));
        body.put("start", blankToNull(row.get("start")));
        body.put("end", blankToNull(row.get("end")));
        body.put("description", blankToNull(row.get("note")));
        // statement-level provenance: the entry as a whole comes from the corpus's facts file
        body.put("evidence", List.of(Map.of("import", "corpus facts/actors.csv")));
        return body;
    }

    /** The CSV says policy_instrument; the registry tells agreements, funds, programmes and policies apart. */
    static String kind(String csvKind, String name) {
        if (!csvKind.equals("policy_instrument")) {
            return csvKind;
        }
        if (name.startsWith("Accord") || name.startsWith("Convention") || name.startsWith("Déclaration")) {
            return "agreement";
        }
        if (name.startsWith("Fonds")) {
            return "fund";
        }
        if (name.startsWith("Programme") || name.equals("TOKTEN")) {
            return "programme";
        }
        return "policy";
    }

    /** As the registry's mention detection sees it: up to five letters, no lower case, no space. */
    static boolean isAcronym(String alias) {
        long letters = alias.codePoints().filter(Character::isLetter).count();
        return letters >= 1 && letters <= 5 && alias.codePoints().noneMatch(Character::isLowerCase)
                && alias.codePoints().noneMatch(Character::isWhitespace);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
