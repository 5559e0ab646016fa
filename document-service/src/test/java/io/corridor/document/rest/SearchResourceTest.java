package io.corridor.document.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corridor.document.Fixtures;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Search over a small library of this test's own (a unique tag keeps other tests' documents out):
 * accent- and inflection-insensitive matching, web-search syntax, ranking, snippets and offsets.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestSecurity(user = "annotator", roles = { "annotator", "reader" })
class SearchResourceTest {

    static final String TAG = Fixtures.unique("search");
    static final String A_TEXT = "Le Mali refuse l’accord de réadmission proposé par l’Union européenne. " + TAG;
    static final String B_TEXT = "Les Réadmissions forcées depuis la France inquiètent la diaspora malienne. " + TAG;
    static final String C_TEXT = "La coopération au développement finance des projets au Sahel. " + TAG;
    static final String D_TEXT = "The readmission agreement was never signed by Mali, and it is not in force. " + TAG;
    static long a;
    static long b;
    static long c;
    static long d;

    @BeforeEach
    void library() {
        if (a != 0) {
            return;
        }
        a = Uploads.create("a.txt", Fixtures.utf8(A_TEXT), "text/plain", Map.of("title", "A", "tags", TAG, "language", "fr", "kind", "official_communique"));
        b = Uploads.create("b.txt", Fixtures.utf8(B_TEXT), "text/plain", Map.of("title", "B", "tags", TAG, "language", "fr", "kind", "press_article"));
        c = Uploads.create("c.txt", Fixtures.utf8(C_TEXT), "text/plain", Map.of("title", "C", "tags", TAG, "language", "fr"));
        d = Uploads.create("d.txt", Fixtures.utf8(D_TEXT), "text/plain", Map.of("title", "D", "tags", TAG, "language", "en"));
    }

    private JsonPath search(String q, Object... more) {
        var spec = given().queryParam("q", q).queryParam("tag", TAG);
        for (int i = 0; i < more.length; i += 2) {
            spec = spec.queryParam((String) more[i], more[i + 1]);
        }
        return spec.when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    private Set<Long> ids(JsonPath result) {
        Set<Long> ids = new HashSet<>();
        for (Number n : result.<Number> getList("items.document.id")) {
            ids.add(n.longValue());
        }
        return ids;
    }

    @Test
    void accentsCaseAndInflectionDoNotMatter() {
        for (String q : List.of("readmission", "réadmission", "Réadmissions", "READMISSION")) {
            JsonPath r = search(q);
            assertEquals(Set.of(a, b, d), ids(r), q);
            assertEquals(3, r.getInt("total"), q);
            assertEquals("eq", r.getString("totalRelation"), q);
        }
    }

    @Test
    void deepMatchInALongDocumentIsPlacedInItsText() {
        // Filler with characters outside the BMP (two UTF-16 units, one code point each), then a
        // phrase across a window boundary of the snippet search (DocumentQueries.WINDOW_STEP) far
        // into the text: the offsets must still be code points into the whole text.
        String tag = Fixtures.unique("deep");
        String filler = "Le fleuve Niger traverse Gao \uD834\uDD1E et Tombouctou. ";
        StringBuilder text = new StringBuilder();
        int boundary = 5 * 3000;
        while (text.codePointCount(0, text.length()) < boundary - 10) {
            text.append(filler);
        }
        while (text.codePointCount(0, text.length()) < boundary - 10) {
            text.append(' ');
        }
        text.append("l’accord de réadmission proposé. ");
        while (text.codePointCount(0, text.length()) < 4 * boundary) {
            text.append(filler);
        }
        long id = Uploads.create("deep.txt", Fixtures.utf8(text.toString()), "text/plain",
                Map.of("title", "Long", "tags", tag, "language", "fr"));
        JsonPath r = given().queryParam("q", "\"accord de réadmission\"").queryParam("tag", tag).when()
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(id), r.getList("items.document.id", Long.class));
        String stored = given().when().get("/api/v1/documents/" + id + "/text").then().statusCode(200).extract().asString();
        int start = r.getInt("items[0].start");
        int end = r.getInt("items[0].end");
        assertEquals("accord de réadmission", stored.substring(stored.offsetByCodePoints(0, start), stored.offsetByCodePoints(0, end)));
        org.hamcrest.MatcherAssert.assertThat(r.getString("items[0].snippet"),
                containsString("<mark>accord</mark> de <mark>réadmission</mark>"));
    }

    @Test
    void hitsCarrySourceSnippetAndOffsetsThatTheTextConfirms() {
        JsonPath r = search("réadmission");
        for (Map<String, Object> hit : r.<Map<String, Object>> getList("items")) {
            assertEquals("document", hit.get("source"));
            assertEquals(1, hit.get("version"));
            String snippet = (String) hit.get("snippet");
            org.hamcrest.MatcherAssert.assertThat(snippet, containsString("<mark>"));
            long id = ((Number) ((Map<?, ?>) hit.get("document")).get("id")).longValue();
            String text = given().when().get("/api/v1/documents/" + id + "/text").then().statusCode(200).extract().asString();
            int start = (Integer) hit.get("start");
            int end = (Integer) hit.get("end");
            String passage = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            String folded = Normalizer.normalize(passage, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
            org.hamcrest.MatcherAssert.assertThat(folded, containsString("readmission"));
        }
    }

    @Test
    void quotedPhraseOrAndExclusion() {
        assertEquals(Set.of(a), ids(search("\"accord de réadmission\"")));
        assertEquals(Set.of(a, c), ids(search("refuse or Sahel")));
        assertEquals(Set.of(a, d), ids(search("réadmission -France")));
        assertEquals(Set.of(), ids(search("\"réadmission forcées France\"")));
    }

    @Test
    void phraseHitSpansThePhrase() {
        JsonPath r = search("\"accord de réadmission\"");
        int start = r.getInt("items[0].start");
        int end = r.getInt("items[0].end");
        String text = A_TEXT;
        assertEquals("accord de réadmission", text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
    }

    @Test
    void filtersApply() {
        assertEquals(Set.of(d), ids(search("readmission", "language", "en")));
        assertEquals(Set.of(b), ids(search("readmission", "kind", "press_article")));
        given().queryParam("q", "x").queryParam("kind", "poem").when().get("/api/v1/search").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void pagesAreStableAndRanked() {
        Set<Long> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            JsonPath r = search("readmission", "size", 1, "page", page);
            assertEquals(3, r.getInt("total"));
            assertEquals(1, r.getList("items").size());
            seen.add(r.getLong("items[0].document.id"));
        }
        assertEquals(Set.of(a, b, d), seen);
        List<Float> ranked = search("readmission").getList("items.rank", Float.class);
        for (int i = 1; i < ranked.size(); i++) {
            assertNotEquals(true, ranked.get(i) > ranked.get(i - 1), "ranks descend: " + ranked);
        }
    }

    @Test
    void queryIsRequired() {
        given().when().get("/api/v1/search").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("q"));
    }

    @Test
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void deletedDocumentsAreNotFound() {
        String word = Fixtures.unique("gone");
        long id = Uploads.create("gone.txt", Fixtures.utf8("Document effacé " + word), "text/plain", Map.of("title", "Effacé"));
        given().queryParam("q", word).when().get("/api/v1/search").then().statusCode(200).body("total", equalTo(1));
        given().when().delete("/api/v1/documents/" + id).then().statusCode(204);
        given().queryParam("q", word).when().get("/api/v1/search").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void languageChangeReindexes() {
        String word = Fixtures.unique("lang");
        long id = Uploads.create("l.txt", Fixtures.utf8("Les institutions européennes " + word), "text/plain",
                Map.of("title", "Langue", "language", "en"));
        // English stemming does not know French inflection: "européen" misses "européennes" ...
        given().queryParam("q", "européen " + word).when().get("/api/v1/search").then().body("total", equalTo(0));
        String etag = given().when().get("/api/v1/documents/" + id).then().extract().header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"language\":\"fr\"}")
                .when().patch("/api/v1/documents/" + id).then().statusCode(200);
        // ... French stemming does, once the document is French
        given().queryParam("q", "européen " + word).when().get("/api/v1/search").then().body("total", equalTo(1),
                "items.document.language", everyItem(equalTo("fr")), "items.document.id", containsInAnyOrder((int) id));
    }
}
