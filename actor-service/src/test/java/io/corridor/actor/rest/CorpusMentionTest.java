package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.json;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * The real corpus: every actor of facts/actors.csv that a document names is found there by
 * mention detection. "Names" is decided by a plain scan written independently of the automaton:
 * fold accents, case and white space, look for each alias with indexOf, keep hits on word
 * boundaries that no longer alias covers.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class CorpusMentionTest {

    private static final Path CORPUS = CorpusActors.CORPUS;
    private static final List<String> DOCUMENTS = List.of("soukouna-etat-malien-negociations-migrations.txt",
            "diaspora-engagement-mapping-mali.md", "communique-mali-ue-dialogue-migration-2016.txt",
            "crisis-group-mali-piege-isolement-2023.txt", "sipri-conascipal-livre-blanc-paix-securite.txt");

    private record Hit(String key, int start, int end) {
    }

    @BeforeAll
    static void corpusIsThere() {
        assertTrue(Files.isDirectory(CORPUS), "the shared corpus is expected at " + CORPUS.toAbsolutePath());
    }

    @Test
    void everyActorADocumentNamesIsFoundThere() throws IOException {
        List<CSVRecord> rows = CorpusActors.csv("facts/actors.csv");
        Map<String, Long> ids = CorpusActors.load(rows);
        Map<Long, String> keys = new HashMap<>();
        ids.forEach((k, v) -> keys.put(v, k));
        Set<String> foundAnywhere = new TreeSet<>();
        for (String document : DOCUMENTS) {
            String text = served(CORPUS.resolve(document));
            Set<String> expected = new TreeSet<>();
            for (Hit h : plainScan(text, rows)) {
                expected.add(h.key());
            }
            JsonPath result = json().body(Map.of("text", text)).when().post("/api/v1/actors/mentions").then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> mentions = result.getList("$");
            Set<String> found = new TreeSet<>();
            int[] codePoints = text.codePoints().toArray();
            for (Map<String, Object> m : mentions) {
                int start = (Integer) m.get("start");
                int end = (Integer) m.get("end");
                // offsets are code points of the served text
                assertEquals(m.get("exact"), new String(codePoints, start, end - start), document + " at " + start);
                for (Object candidate : (List<?>) m.get("candidates")) {
                    String key = keys.get(((Number) candidate).longValue());
                    if (key != null) {
                        found.add(key);
                    }
                }
            }
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(found);
            assertTrue(missing.isEmpty(), document + ": named but not found: " + missing);
            foundAnywhere.addAll(found);
        }
        System.out.println("corpus actors found by mention detection: " + foundAnywhere.size());
        // the corpus names most of its actors by one of their registered names; a sanity floor
        assertTrue(foundAnywhere.size() >= 60, "only " + foundAnywhere.size() + " actors found: " + foundAnywhere);
    }

    @Test
    void knownMentionsOfTheCorpus() throws IOException {
        Map<String, Long> ids = CorpusActors.load(CorpusActors.csv("facts/actors.csv"));
        String text = served(CORPUS.resolve("soukouna-etat-malien-negociations-migrations.txt"));
        List<Map<String, Object>> mentions = json().body(Map.of("text", text)).when().post("/api/v1/actors/mentions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        // "Forum pour un autre Mali" is one mention, never also "Mali"
        Map<String, Object> forum = mentions.stream().filter(m -> ((String) m.get("exact")).replaceAll("\\s+", " ").startsWith("Forum pour un autre"))
                .findFirst().orElseThrow();
        assertTrue(((List<?>) forum.get("candidates")).contains(ids.get("foram").intValue()));
        int forumEnd = (Integer) forum.get("end");
        assertTrue(mentions.stream().noneMatch(m -> (Integer) m.get("end") == forumEnd && m != forum));
        // "Maliens" never names Mali
        assertTrue(mentions.stream().noneMatch(m -> ((String) m.get("exact")).toLowerCase().startsWith("maliens")));
    }

    /** What the document-service serves: NFC, \n line ends. */
    private static String served(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(raw, Normalizer.Form.NFC);
    }

    // ---- the independent plain scan ----

    private static List<Hit> plainScan(String text, List<CSVRecord> rows) {
        String lower = plainFold(text, false);
        String cased = plainFold(text, true);
        List<Hit> hits = new ArrayList<>();
        for (CSVRecord r : rows) {
            List<String> names = new ArrayList<>(List.of(r.get("name")));
            for (String a : r.get("aliases").split("\\|")) {
                if (!a.isBlank()) {
                    names.add(a);
                }
            }
            for (String name : names) {
                boolean acronym = io.corridor.actor.mention.AliasMatcher.isAcronym(name);
                String needle = plainFold(name.strip(), acronym);
                String hay = acronym ? cased : lower;
                for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                    int end = at + needle.length();
                    boolean left = at == 0 || !Character.isLetterOrDigit(hay.charAt(at - 1));
                    boolean right = end == hay.length() || !Character.isLetterOrDigit(hay.charAt(end));
                    if (left && right) {
                        hits.add(new Hit(r.get("key"), at, end));
                    }
                }
            }
        }
        // a hit inside a longer one is hidden by it
        List<Hit> visible = new ArrayList<>();
        for (Hit h : hits) {
            boolean hidden = hits.stream().anyMatch(o -> o.end() - o.start() > h.end() - h.start()
                    && o.start() < h.end() && h.start() < o.end());
            if (!hidden) {
                visible.add(h);
            }
        }
        return visible;
    }

    /** Per code point: decompose, drop marks, unify apostrophes and dashes, one space for any run of space. */
    private static String plainFold(String s, boolean keepCase) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int cp : s.codePoints().toArray()) {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
            d = d.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-').replace('‑', '-').replace('‐', '-');
            out.append(keepCase ? d : d.toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    @SuppressWarnings("unused")
    private static Map<String, Integer> counts(List<Hit> hits) {
        Map<String, Integer> c = new TreeMap<>();
        hits.forEach(h -> c.merge(h.key(), 1, Integer::sum));
        return c;
    }
}
