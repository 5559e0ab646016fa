package io.corridor.e2e.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.response.Response;

/**
 * Vocabularies in the browser against the real stack (docs/vocabularies.md): the tag picker browses and searches
 * a team's concept tree and tags a passage with a narrower concept, which a search by its broadest concept finds;
 * a relation is made from a passage of one document to a passage of another, typed by a concept, and shows on
 * both; a relation between two passages of one document is drawn between their highlights. The vocabulary is
 * sahel-team's, made for the run and deleted after it.
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VocabularyWebTest {

    static final String CORPUS_FILE = "communique-mali-ue-dialogue-migration-2016.txt";
    static final String PASSAGE = "réadmission et réintégration des migrants";
    static final String OTHER_PASSAGE = "clause type de réadmission";
    static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    static final String NS = "https://corridor.example/e2e/" + RUN + "/";

    static long documentId;
    static long otherId;
    static String vocabulary;
    static Browser annotator;

    @BeforeAll
    static void start() throws IOException {
        Path corpus = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"));
        byte[] bytes = (Files.readString(corpus.resolve(CORPUS_FILE)) + "\n(" + RUN + ")\n").getBytes(StandardCharsets.UTF_8);
        documentId = upload(CORPUS_FILE, bytes);
        otherId = upload("protocole.txt", ("Le protocole d'application reprend la " + OTHER_PASSAGE
                + " proposée par la Commission.\n(" + RUN + ")\n").getBytes(StandardCharsets.UTF_8));
        // three levels of a coding scheme, and two relation types
        List<Map<String, Object>> concepts = List.of(
                concept("retour", "return", "1", List.of()),
                concept("réadmission", "readmission", "1.1", List.of("retour")),
                concept("clause de réadmission", "readmission clause", "1.1.1", List.of("réadmission")),
                concept("retour volontaire", "voluntary return", "1.2", List.of("retour")),
                concept("relations", "relations", "9", List.of()),
                concept("reprend", "takes up", "9.1", List.of("relations")),
                concept("contredit", "contradicts", "9.2", List.of("relations")));
        vocabulary = given().noFilters().auth().oauth2(Tokens.of("curator")).contentType("application/json; charset=UTF-8")
                .body(Map.of("title", "Codage e2e " + RUN, "team", "sahel-team", "iri", NS + "scheme", "concepts", concepts))
                .when().post(Stack.GATEWAY + "/api/v1/vocabularies").then().statusCode(201).extract().path("id");
        annotator = new Browser();
    }

    @AfterAll
    static void stop() {
        if (annotator != null) {
            annotator.close();
        }
        if (vocabulary != null) {
            given().noFilters().auth().oauth2(Tokens.of("curator")).header("If-Match", "\"0\"")
                    .when().delete(Stack.GATEWAY + "/api/v1/vocabularies/" + vocabulary).then().statusCode(204);
        }
    }

    static long upload(String name, byte[] bytes) {
        Response upload = given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart("file", name, bytes, "text/plain; charset=UTF-8")
                .multiPart("title", "Vocabulaire " + name, "text/plain; charset=UTF-8").multiPart("language", "fr")
                .when().post(Stack.GATEWAY + "/api/v1/documents");
        assertTrue(upload.statusCode() == 201 || upload.statusCode() == 200, upload.asString());
        return upload.jsonPath().getLong("id");
    }

    static String iri(String label) {
        return NS + label.replace(' ', '-').replace('é', 'e');
    }

    static Map<String, Object> concept(String fr, String en, String notation, List<String> broader) {
        return Map.of("iri", iri(fr), "notation", notation, "prefLabel", Map.of("fr", fr, "en", en),
                "broader", broader.stream().map(VocabularyWebTest::iri).toList());
    }

    @Test
    @Order(1)
    void theTagPickerSearchesTheTreeAndABroadConceptFindsTheTag() {
        annotator.signIn("annotator");
        annotator.select(annotator.openDocument(documentId, PASSAGE), PASSAGE);
        WebElement popover = annotator.testId("annotation-popover");
        // the picker shows once the vocabularies the caller may read have loaded (hidden when there are none)
        WebElement picker = annotator.wait.until(d -> popover.findElements(By.cssSelector("[data-testid='concept-picker']"))
                .stream().findFirst().orElse(null));
        String clause = iri("clause de réadmission");
        String leaf = "[data-testid='concept-option'][data-iri='" + clause + "']";
        annotator.wait.until(d -> !picker.findElements(By.cssSelector(leaf)).isEmpty());
        // the search keeps the matching concept with its broader ones, and drops the rest of the tree
        picker.findElement(By.cssSelector("[data-testid='concept-search']")).sendKeys("readmission clause");
        annotator.wait.until(d -> picker.findElements(By.cssSelector("[data-iri='" + iri("retour volontaire") + "']")).isEmpty());
        assertEquals(1, picker.findElements(By.cssSelector("[data-iri='" + iri("retour") + "']")).size());
        assertEquals(1, picker.findElements(By.cssSelector("[data-iri='" + iri("réadmission") + "']")).size());
        picker.findElement(By.cssSelector(leaf)).click();
        annotator.screenshot("40-concept-picker");
        popover.findElement(By.cssSelector("button[type='submit']")).click();
        annotator.wait.until(d -> ReaderWebTest.highlighted(annotator).contains(PASSAGE));

        // on the server: a concept tag, found by the broadest concept
        List<Map<String, Object>> found = given().noFilters().auth().oauth2(Tokens.of("annotator")).accept("application/ld+json")
                .queryParam("document", documentId).queryParam("concept", iri("retour"))
                .when().get(Stack.GATEWAY + "/api/v1/annotations/").then().statusCode(200).extract().jsonPath().getList("first.items");
        assertEquals(1, found.size(), String.valueOf(found));
        String bodies = String.valueOf(found.get(0).get("body"));
        assertTrue(bodies.contains(clause) && bodies.contains("tagging") && bodies.contains("SpecificResource"), bodies);
    }

    @Test
    @Order(2)
    void aRelationDrawnBetweenPassagesOfTwoDocumentsShowsOnBoth() {
        annotator.select(annotator.openDocument(documentId, PASSAGE), PASSAGE);
        annotator.testId("annotation-popover").findElement(By.cssSelector("[data-testid='relation-start']")).click();
        // passage B, in another document
        annotator.select(annotator.openDocument(otherId, OTHER_PASSAGE), OTHER_PASSAGE);
        WebElement form = annotator.testId("relation-form");
        assertEquals(PASSAGE, form.findElement(By.cssSelector("[data-testid='relation-source']")).getText());
        Select type = new Select(form.findElement(By.cssSelector("[data-testid='relation-type']")));
        annotator.wait.until(d -> type.getOptions().size() > 1);
        type.selectByValue(iri("reprend"));
        annotator.screenshot("41-relation-form");
        form.findElement(By.cssSelector("[data-testid='relation-create']")).click();
        annotator.wait.until(d -> ReaderWebTest.highlighted(annotator).contains(OTHER_PASSAGE));

        // listed on both documents, with both passages and its type
        for (long on : new long[] { documentId, otherId }) {
            List<Map<String, Object>> links = given().noFilters().auth().oauth2(Tokens.of("annotator")).accept("application/ld+json")
                    .queryParam("document", on).queryParam("motivation", "linking")
                    .when().get(Stack.GATEWAY + "/api/v1/annotations/").then().statusCode(200).extract().jsonPath().getList("first.items");
            assertEquals(1, links.size(), String.valueOf(links));
            String relation = String.valueOf(links.get(0));
            assertTrue(relation.contains(PASSAGE) && relation.contains(OTHER_PASSAGE) && relation.contains(iri("reprend"))
                    && relation.contains("classifying"), relation);
        }
        // passage A's document is read again with the relation among its annotations
        annotator.openDocument(documentId, PASSAGE);
        ReaderWebTest.bringIntoView(annotator, PASSAGE);
        annotator.wait.until(d -> ReaderWebTest.highlighted(annotator).contains(PASSAGE));
        annotator.screenshot("42-relation-other-side");
    }

    /**
     * A relation between two passages of one document (issue #22), written through the API: opened from the
     * side list, it is drawn as a curve whose ends lie on the two passages' highlights, and it is listed with
     * both passages; passage B opens it too. The relation of the test before, open on its first document,
     * shows its other passage as a link to the other document at that passage.
     */
    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void aRelationIsDrawnBetweenTwoPassagesOfOneDocument() {
        String text = ReaderWebTest.text(documentId);
        String relation = given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .contentType("application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"")
                .body(Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "type", "Annotation", "motivation", "linking",
                        "visibility", "team",
                        "body", List.of(Map.of("type", "SpecificResource", "source", iri("contredit"), "purpose", "classifying")),
                        "target", List.of(passage(text, SUMMIT), passage(text, PASSAGE))))
                .when().post(Stack.GATEWAY + "/api/v1/annotations/").then().statusCode(201).extract().path("id");
        String uuid = relation.substring(relation.lastIndexOf('/') + 1);

        WebElement scope = annotator.openDocument(documentId, SUMMIT);
        // both passages are highlighted: its own, and the other one (the relation's second target), each once in view
        for (String passage : List.of(PASSAGE, SUMMIT)) {
            ReaderWebTest.bringIntoView(annotator, passage);
            annotator.wait.until(d -> ReaderWebTest.highlighted(annotator).contains(passage));
        }
        WebElement row = annotator.await(By.cssSelector("[data-testid='annotation'][data-id$='" + uuid + "'] button"));
        row.click();
        String connector = "[data-testid='relation-connector'][data-relation='" + uuid + "']";
        annotator.wait.until(d -> !d.findElements(By.cssSelector(connector)).isEmpty());
        // its type's label once read whole, and listed with both passages in the side panel
        annotator.wait.until(d -> texts("[data-relation='" + uuid + "'] .relation-label").contains("contredit"));
        WebElement entry = annotator.await(By.cssSelector("[data-testid='relation-entry'][data-relation='" + uuid + "']"));
        List<String> ends = entry.findElements(By.cssSelector("[data-testid='relation-end']")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("« " + SUMMIT + " »", "« " + PASSAGE + " »"), ends);
        assertEquals("true", annotator.driver.findElement(By.cssSelector("[data-testid='relation-layer']")).getAttribute("aria-hidden"));
        Map<String, Object> drawn = (Map<String, Object>) annotator.script(Browser.RANGE_OF + """
                const [scope, a, b, selector] = arguments;
                const path = document.querySelector(selector);
                const frame = path.ownerSVGElement.getBoundingClientRect();
                const at = (p) => ({ x: frame.left + p.x, y: frame.top + p.y });
                const first = at(path.getPointAtLength(0));
                const last = at(path.getPointAtLength(path.getTotalLength()));
                // within 3 px of one of the passage's line boxes
                const on = (p, phrase) => [...rangeOf(scope, phrase).getClientRects()].some(r => r.width > 0
                  && p.x >= r.left - 3 && p.x <= r.right + 3 && p.y >= r.top - 3 && p.y <= r.bottom + 3);
                return { start: on(first, a), end: on(last, b), from: [first.x, first.y], to: [last.x, last.y],
                  d: path.getAttribute('d') };
                """, scope, SUMMIT, PASSAGE, connector);
        assertEquals(Boolean.TRUE, drawn.get("start"), "the connector starts on the first passage: " + drawn);
        assertEquals(Boolean.TRUE, drawn.get("end"), "the connector ends on the second passage: " + drawn);
        annotator.screenshot("44-relation-drawn");

        // it follows the text: scrolled, the ends still on the passages
        annotator.script("window.scrollBy(0, 120)");
        annotator.wait.until(d -> Boolean.TRUE.equals(annotator.script(Browser.RANGE_OF + """
                const [scope, a, selector] = arguments;
                const path = document.querySelector(selector);
                if (!path) return false;
                const frame = path.ownerSVGElement.getBoundingClientRect();
                const p = path.getPointAtLength(0);
                const r = rangeOf(scope, a).getClientRects()[0];
                return Math.abs(frame.left + p.x - (r.left + r.width / 2)) < 3 && Math.abs(frame.top + p.y - r.top) < 3;
                """, scope, SUMMIT, connector)));

        // closed, it is no longer drawn
        annotator.driver.findElement(By.cssSelector("[data-testid='threads'] .panel-head button")).click();
        annotator.wait.until(d -> d.findElements(By.cssSelector(connector)).isEmpty());
        // passage B lists (and draws) the relation too: a click there opens it among its annotations
        annotator.script(Browser.RANGE_OF + """
                const [scope, phrase] = arguments;
                const range = rangeOf(scope, phrase);
                range.setStart(range.startContainer, range.startOffset + 3);
                range.collapse(true);
                document.getSelection().removeAllRanges();
                document.getSelection().addRange(range);
                scope.click();
                """, scope, PASSAGE);
        annotator.wait.until(d -> !d.findElements(By.cssSelector("[data-testid='relation-entry'][data-relation='" + uuid + "']")).isEmpty());
        assertTrue(annotator.driver.findElements(By.cssSelector(connector)).size() == 1);

        // the relation to the other document: its passage there is a link to that document, at that passage
        String other = (String) given().noFilters().auth().oauth2(Tokens.of("annotator")).accept("application/ld+json")
                .queryParam("document", otherId).queryParam("motivation", "linking")
                .when().get(Stack.GATEWAY + "/api/v1/annotations/").then().statusCode(200).extract().path("first.items[0].id");
        String otherUuid = other.substring(other.lastIndexOf('/') + 1);
        annotator.await(By.cssSelector("[data-testid='annotation'][data-id$='" + otherUuid + "'] button")).click();
        String chip = "[data-testid='relation-elsewhere'][data-relation='" + otherUuid + "']";
        // its quote there once the relation is read whole (its compact form knows the document and the span only)
        annotator.wait.until(d -> texts(chip).stream().anyMatch(c -> c.contains(OTHER_PASSAGE) && c.contains("reprend")));
        String link = (String) annotator.script("return document.querySelector(arguments[0]).getAttribute('href')", chip);
        assertTrue(link.endsWith("#/documents/" + otherId + "?annotation=" + otherUuid), link);
    }

    /** The texts of the elements a selector finds now (read in one script: the relation layer draws them anew). */
    @SuppressWarnings("unchecked")
    static List<String> texts(String selector) {
        return (List<String>) annotator.script("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())",
                selector);
    }

    static final String SUMMIT = "Sommet de La Valette (11 et 12 novembre 2015)";

    /** A target on the document at the first occurrence of {@code phrase}: both selectors, in code points. */
    static Map<String, Object> passage(String text, String phrase) {
        int at = text.indexOf(phrase);
        assertTrue(at >= 0, phrase);
        int start = text.codePointCount(0, at);
        return Map.of("source", Stack.GATEWAY + "/api/v1/documents/" + documentId, "selector", List.of(
                Map.of("type", "TextQuoteSelector", "exact", phrase),
                Map.of("type", "TextPositionSelector", "start", start, "end", start + phrase.codePointCount(0, phrase.length()))));
    }
}
