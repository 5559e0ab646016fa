package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.json;
import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The corpus's facts, read in place from the shared corpus, and its actors registered through the API. */
final class CorpusActors {

    static final Path CORPUS = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"));

    private CorpusActors() {
    }

    /** Registers the corpus actors through the API, once per database: keys make it idempotent. */
    static synchronized Map<String, Long> load(List<CSVRecord> rows) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (CSVRecord r : rows) {
            String key = r.get("key");
            List<Integer> existing = given().queryParam("key", key).when().get("/api/v1/actors").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            if (!existing.isEmpty()) {
                ids.put(key, existing.get(0).longValue());
                continue;
            }
            Map<String, List<String>> split = Registry.splitAliases(r.get("aliases"));
            Map<String, Object> body = new HashMap<>();
            body.put("key", key);
            body.put("kind", Registry.kindOf(r.get("kind"), r.get("name")));
            body.put("name", r.get("name"));
            body.put("language", "fr");
            body.put("aliases", split.get("aliases"));
            body.put("acronyms", split.get("acronyms"));
            body.put("country", r.get("country").isBlank() ? null : r.get("country"));
            body.put("start", r.get("start").isBlank() ? null : r.get("start"));
            body.put("end", r.get("end").isBlank() ? null : r.get("end"));
            body.put("description", r.get("note").isBlank() ? null : r.get("note"));
            long id = json().body(body).when().post("/api/v1/actors").then().statusCode(201).extract().jsonPath().getLong("id");
            ids.put(key, id);
        }
        return ids;
    }

    static List<CSVRecord> csv(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(CORPUS.resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    /** Every actor of facts/actors.csv, registered once per database; their ids by corpus key. */
    static Map<String, Long> all() throws IOException {
        return load(csv("facts/actors.csv"));
    }
}
