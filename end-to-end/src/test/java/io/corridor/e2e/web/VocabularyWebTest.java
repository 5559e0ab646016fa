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
 * a relation is drawn from a passage of one document to a passage of another, typed by a concept, and shows on
 * both. The vocabulary is sahel-team's, made for the run and deleted after it.
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
        annotator.wait.until(d -> ReaderWebTest.highlighted(annotator).contains(PASSAGE));
        annotator.screenshot("42-relation-other-side");
    }
}
