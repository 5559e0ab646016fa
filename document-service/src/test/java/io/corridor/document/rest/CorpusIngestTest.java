package io.corridor.document.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The real corpus (../shared/corpus, read in place): every document ingests with its manifest
 * metadata, its stored text is its file's text made stable (NFC, \n), and every quote of
 * facts/*.csv is found in that text, whitespace runs collapsed, at offsets that /text confirms.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class CorpusIngestTest {

    static final Path CORPUS = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"));
    static final Map<String, Long> IDS = new HashMap<>();

    static List<CSVRecord> csv(String name) throws Exception {
        try (Reader reader = Files.newBufferedReader(CORPUS.resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @BeforeEach
    void ingestCorpus() throws Exception {
        if (!IDS.isEmpty()) {
            return;
        }
        for (CSVRecord row : csv("manifest.csv")) {
            String file = row.get("file");
            byte[] bytes = Files.readAllBytes(CORPUS.resolve(file));
            String type = file.endsWith(".md") ? "text/markdown" : "text/plain";
            var response = Uploads.upload(file, bytes, type, Map.of("title", row.get("title"),
                    "authors", row.get("authors_or_issuer"), "date", row.get("date"), "language", row.get("language"),
                    "kind", row.get("kind"), "tags", "corpus"));
            int status = response.statusCode();
            assertTrue(status == 201 || status == 200, file + " answered " + status + ": " + response.asString());
            IDS.put(file, ((Number) response.path("id")).longValue());
        }
    }

    @Test
    void everyDocumentIngestsWithItsMetadataAndStableText() throws Exception {
        assertEquals(5, IDS.size());
        for (CSVRecord row : csv("manifest.csv")) {
            long id = IDS.get(row.get("file"));
            given().when().get("/api/v1/documents/" + id).then().statusCode(200)
                    .body("title", org.hamcrest.Matchers.equalTo(row.get("title")))
                    .body("date", org.hamcrest.Matchers.equalTo(row.get("date")))
                    .body("kind", org.hamcrest.Matchers.equalTo(row.get("kind")))
                    .body("language", org.hamcrest.Matchers.equalTo(row.get("language")));
            String expected = Normalizer.normalize(
                    Files.readString(CORPUS.resolve(row.get("file")), StandardCharsets.UTF_8).replace("\r\n", "\n"),
                    Normalizer.Form.NFC);
            assertEquals(expected, text(id), row.get("file"));
        }
        given().queryParam("tag", "corpus").when().get("/api/v1/documents").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(5));
    }

    @Test
    void everyQuoteIsFoundAtOffsetsTheTextConfirms() throws Exception {
        List<CSVRecord> quotes = new ArrayList<>(csv("facts/figures.csv"));
        quotes.addAll(csv("facts/relations.csv"));
        assertTrue(quotes.size() >= 40, "quotes: " + quotes.size());
        Map<Long, String> texts = new HashMap<>();
        for (CSVRecord q : quotes) {
            long id = IDS.get(q.get("document"));
            String text = texts.computeIfAbsent(id, CorpusIngestTest::text);
            String quote = collapse(Normalizer.normalize(q.get("quote"), Normalizer.Form.NFC)).strip();
            int[] at = find(text, quote);
            assertTrue(at != null, "quote not found in " + q.get("document") + ": " + quote);
            String passage = text.substring(text.offsetByCodePoints(0, at[0]), text.offsetByCodePoints(0, at[1]));
            assertEquals(quote, collapse(passage));
        }
    }

    @Test
    void quotesAreFoundBySearchingTheirWords() throws Exception {
        for (CSVRecord q : csv("facts/relations.csv")) {
            long id = IDS.get(q.get("document"));
            String phrase = "\"" + q.get("quote").replace("\"", " ") + "\"";
            List<Number> hits = given().queryParam("q", phrase).queryParam("tag", "corpus").queryParam("size", 100)
                    .when().get("/api/v1/search").then().statusCode(200).extract().path("items.document.id");
            assertTrue(hits.stream().anyMatch(h -> h.longValue() == id), "phrase search misses " + q.get("document") + ": " + phrase);
        }
    }

    private static String text(long id) {
        return new String(given().when().get("/api/v1/documents/" + id + "/text").then().statusCode(200)
                .contentType("text/plain;charset=utf-8").extract().asByteArray(), StandardCharsets.UTF_8);
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /**
     * Finds a whitespace-collapsed quote in the text and answers its code-point offsets [start, end)
     * in the uncollapsed text, or null.
     */
    static int[] find(String text, String quote) {
        StringBuilder collapsed = new StringBuilder();
        List<Integer> origin = new ArrayList<>(); // char index in text of each char of collapsed
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) && ch != '\u00A0' && ch != '\u202F') {
                if (!inSpace) {
                    collapsed.append(' ');
                    origin.add(i);
                }
                inSpace = true;
            } else {
                collapsed.append(ch);
                origin.add(i);
                inSpace = false;
            }
        }
        int at = collapsed.indexOf(quote);
        if (at < 0) {
            return null;
        }
        int startChar = origin.get(at);
        int endChar = origin.get(at + quote.length() - 1) + 1;
        return new int[] { text.codePointCount(0, startChar), text.codePointCount(0, endChar) };
    }
}
