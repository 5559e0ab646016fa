package io.corridor.document.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.document.Fixtures;
import io.corridor.document.mapping.HypothesisSample;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * The corpus's 24 evidence quotes (facts/relations.csv) as annotations on working copies of the
 * corpus documents (the corpus text read in place, with a line of our own before it so that these
 * copies are new documents): all anchored; a new version with text inserted before the passages
 * keeps them anchored at shifted offsets; a version that drops a passage orphans its annotation;
 * an export of Hypothesis is imported with its orphans reported; exports give back what was stored.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestSecurity(user = "annotator", roles = { "annotator", "reader" })
class AnchoringCorpusTest {

    static final String LD = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    static final String INSERTED = "Avertissement 🌍 : cette version révisée ajoute une note liminaire avant le texte.\n\n";

    record Doc(long id, String file, String text) {
    }

    /** A working copy of a corpus document: its text after a first line of ours. */
    static Doc copy(String file, String firstLine) throws Exception {
        String text = Files.readString(CorpusIngestTest.CORPUS.resolve(file), StandardCharsets.UTF_8);
        String type = file.endsWith(".md") ? "text/markdown" : "text/plain";
        long id = Uploads.create(file, Fixtures.utf8(firstLine + "\n\n" + text), type, Map.of("title", "Working copy of " + file));
        return new Doc(id, file, text(id));
    }

    static String text(long id) {
        return new String(given().get("/api/v1/documents/" + id + "/text").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
    }

    /** A quote of the corpus as it stands in the stored text (whitespace as there), with its code-point offsets. */
    record Passage(String exact, int start, int end) {
    }

    static Passage find(String text, String quote) {
        int[] at = CorpusIngestTest.find(text, CorpusIngestTest.collapse(Normalizer.normalize(quote, Normalizer.Form.NFC)).strip());
        assertTrue(at != null, "not in the text: " + quote);
        int from = text.offsetByCodePoints(0, at[0]);
        return new Passage(text.substring(from, text.offsetByCodePoints(from, at[1] - at[0])), at[0], at[1]);
    }

    static Response annotate(Doc doc, Passage p, String tag) {
        Map<String, Object> a = Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "type", "Annotation",
                "motivation", "tagging", "visibility", "public",
                "body", List.of(Map.of("type", "TextualBody", "value", tag, "purpose", "tagging")),
                "target", Map.of("source", "http://localhost:8080/api/v1/documents/" + doc.id(), "selector", List.of(
                        Map.of("type", "TextQuoteSelector", "exact", p.exact()),
                        Map.of("type", "TextPositionSelector", "start", p.start(), "end", p.end()))));
        return given().contentType(LD).body(json(a).getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/annotations/");
    }

    static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Response newVersion(Doc doc, String text) {
        String type = doc.file().endsWith(".md") ? "text/markdown" : "text/plain";
        return Uploads.form(doc.file(), Fixtures.utf8(text), type, Map.of()).when().post("/api/v1/documents/" + doc.id() + "/versions");
    }

    static int cp(String s) {
        return s.codePointCount(0, s.length());
    }

    @Test
    void evidenceQuotesStayAnchoredThroughNewVersions() throws Exception {
        Map<String, Doc> docs = new HashMap<>();
        for (CSVRecord row : CorpusIngestTest.csv("manifest.csv")) {
            docs.put(row.get("file"), copy(row.get("file"), "Copie de travail " + Fixtures.unique("anchoring")));
        }
        record Made(String path, Doc doc, Passage passage) {
        }
        List<Made> made = new ArrayList<>();
        List<CSVRecord> relations = CorpusIngestTest.csv("facts/relations.csv");
        assertEquals(24, relations.size());
        for (CSVRecord r : relations) {
            Doc doc = docs.get(r.get("document"));
            Passage p = find(doc.text(), r.get("quote"));
            Response created = annotate(doc, p, r.get("predicate"));
            created.then().statusCode(201).body("anchorState", equalTo("anchored"), "target.version", equalTo(1),
                    "target.selector[0].exact", equalTo(p.exact()), "target.selector[1].start", equalTo(p.start()));
            made.add(new Made(created.header("Location"), doc, p));
        }

        // version 2 of every document: a note inserted before all passages
        Map<Long, Integer> perDocument = new HashMap<>();
        made.forEach(m -> perDocument.merge(m.doc().id(), 1, Integer::sum));
        for (Doc doc : docs.values()) {
            newVersion(doc, INSERTED + doc.text()).then().statusCode(201).body("n", equalTo(2),
                    "reanchoring.anchored", equalTo(perDocument.getOrDefault(doc.id(), 0)), "reanchoring.orphaned", equalTo(0));
        }
        for (Made m : made) {
            given().get(m.path()).then().statusCode(200).body("anchorState", equalTo("anchored"), "target.version", equalTo(2),
                    "target.selector[0].exact", equalTo(m.passage().exact()),
                    "target.selector[1].start", equalTo(m.passage().start() + cp(INSERTED)),
                    "target.selector[1].end", equalTo(m.passage().end() + cp(INSERTED)));
            given().get(m.path() + "/history").then().statusCode(200).body("action", hasItem("reanchored"));
        }

        // version 3 of one document: one passage dropped, another edited inside its quote
        Made dropped = made.stream().filter(m -> m.passage().exact().length() > 40).findFirst().orElseThrow();
        Doc doc = dropped.doc();
        Made edited = made.stream().filter(m -> m.doc() == doc && m != dropped && m.passage().exact().length() > 30
                && !m.passage().exact().contains(dropped.passage().exact()) && !dropped.passage().exact().contains(m.passage().exact()))
                .findFirst().orElseThrow();
        String v2 = text(doc.id());
        String editedQuote = edited.passage().exact();
        int middle = editedQuote.length() / 2;
        String changedQuote = editedQuote.substring(0, middle) + "[sic] " + editedQuote.substring(middle);
        String v3 = v2.replace(dropped.passage().exact(), "").replace(editedQuote, changedQuote);
        assertTrue(!v3.contains(dropped.passage().exact()) && v3.contains(changedQuote));
        int others = perDocument.get(doc.id());
        newVersion(doc, v3).then().statusCode(201).body("n", equalTo(3),
                "reanchoring.anchored", equalTo(others - 1), "reanchoring.orphaned", equalTo(1));
        given().get(dropped.path()).then().statusCode(200).body("anchorState", equalTo("orphaned"), "target.version", equalTo(2));
        given().get(edited.path()).then().statusCode(200).body("anchorState", equalTo("anchored"), "target.version", equalTo(3),
                "target.selector[0].exact", equalTo(changedQuote));
        given().get("/api/v1/documents/" + doc.id() + "/orphans").then().statusCode(200)
                .body("type", equalTo("AnnotationPage"), "items.size()", equalTo(1),
                        "items[0].id", equalTo("http://localhost:8080" + dropped.path()));

        // exports give back what is stored
        String csv = given().accept("text/csv").queryParam("document", doc.id()).get("/api/v1/annotations/export").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(others, rows.size());
        CSVRecord row = rows.stream().filter(x -> x.get("id").endsWith(edited.path())).findFirst().orElseThrow();
        assertEquals(changedQuote, row.get("quote"));
        assertEquals("3", row.get("version"));
        assertEquals("tagging", row.get("motivation"));
        assertEquals("annotator", row.get("creator"));
        given().accept(LD).queryParam("document", doc.id()).get("/api/v1/annotations/export").then().statusCode(200)
                .body("type", hasItem("AnnotationCollection"), "total", equalTo(others), "first.items.size()", equalTo(others));
    }

    @Test
    void hypothesisExportIsImportedWithItsOrphansReported() throws Exception {
        String file = "soukouna-etat-malien-negociations-migrations.txt";
        Doc doc = copy(file, "Copie importée " + Fixtures.unique("hypothesis"));
        List<String> quotes = new ArrayList<>();
        for (CSVRecord r : CorpusIngestTest.csv("facts/relations.csv")) {
            if (r.get("document").equals(file) && quotes.size() < 3) {
                quotes.add(find(doc.text(), r.get("quote")).exact());
            }
        }
        // offsets from another rendering of the page (here: nonsense), which the quotes correct
        String export = HypothesisSample.export(doc.text(), quotes).replaceAll("\"start\": (\\d+)", "\"start\": 9$1");
        Response report = given().contentType("application/json").queryParam("document", doc.id()).body(export.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/annotations/import");
        report.then().statusCode(200).body("created", equalTo(4), "anchored", equalTo(3), "orphaned", equalTo(1),
                "rejected.row", equalTo(List.of(3, 4)));
        given().queryParam("document", doc.id()).get("/api/v1/annotations/").then().statusCode(200).body("total", equalTo(4));
        var items = given().accept(LD).queryParam("document", doc.id()).get("/api/v1/annotations/export").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("annotator", "annotator", "annotator", "annotator"), items.getList("first.items.creator.name"));
        assertTrue(items.getList("first.items.generator.name", String.class).contains("import from alice@hypothes.is"));
        assertEquals(quotes.get(0), items.getString("first.items[0].target.selector[0].exact"));
        given().get("/api/v1/documents/" + doc.id() + "/orphans").then().statusCode(200).body("items.size()", equalTo(1),
                "items[0].target.selector[0].exact", equalTo("la commission mixte a signé un protocole de réadmission à Niamey en 2019"));
        assertNotEquals(0, quotes.size());
    }

    @Test
    void importRefusesWhatIsNoImport() {
        given().contentType("application/json").queryParam("document", 1).body("{\"hello\": 1}").post("/api/v1/annotations/import")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().contentType("application/json").body("[]").post("/api/v1/annotations/import")
                .then().statusCode(400).body("errors[0].field", equalTo("document"));
        given().contentType("application/json").queryParam("document", 999999).body("[]").post("/api/v1/annotations/import")
                .then().statusCode(404);
        given().get("/api/v1/documents/999999/orphans").then().statusCode(404);
        given().get("/api/v1/documents/999999/agreement").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "reader", roles = { "reader" })
    void readersCannotImportOrSuggest() {
        given().contentType("application/json").queryParam("document", 1).body("[]").post("/api/v1/annotations/import")
                .then().statusCode(403);
        given().post("/api/v1/documents/1/suggestions").then().statusCode(403);
    }
}
