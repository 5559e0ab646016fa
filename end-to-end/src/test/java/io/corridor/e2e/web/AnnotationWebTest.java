package io.corridor.e2e.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.response.Response;

/**
 * Annotating in the browser against the real stack: a passage of a corpus document annotated with
 * a comment, a tag and an actor chosen through autocomplete, highlighted and still there after a
 * reload; a teammate's browser sees it appear live (never a private one) and sees who is reading;
 * a curator accepts a suggested actor mention.
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnotationWebTest {

    static final String CORPUS_FILE = "communique-mali-ue-dialogue-migration-2016.txt";
    /** Passages of that document, each inside one line of its text. */
    static final String PASSAGE = "réadmission et réintégration des migrants";
    static final String LIVE_PASSAGE = "Sommet de La Valette";
    static final String PRIVATE_PASSAGE = "Neven MIMICA";
    static final String ACTOR = "Union européenne";

    static long documentId;
    static long actorId;
    static Browser annotator;
    static Browser annotator2;
    /** Unique per run: the shared stack keeps annotations of earlier runs on the same corpus document. */
    static final String TAG = "accord" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    @BeforeAll
    static void start() throws IOException {
        Path corpus = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"));
        // A document of its own per run (uploads of identical bytes answer the existing document).
        byte[] bytes = (Files.readString(corpus.resolve(CORPUS_FILE)) + "\n(" + TAG + ")\n").getBytes(StandardCharsets.UTF_8);
        // Setup steps, not contract checks: multipart bodies and the actor API have their own suites.
        Response upload = given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart("file", CORPUS_FILE, bytes, "text/plain; charset=UTF-8")
                .multiPart("title", "Communiqué conjoint Mali-Union européenne (2016)", "text/plain; charset=UTF-8")
                .multiPart("kind", "official_communique").multiPart("language", "fr")
                .when().post(Stack.GATEWAY + "/api/v1/documents");
        assertTrue(upload.statusCode() == 201 || upload.statusCode() == 200, upload.asString());
        documentId = upload.jsonPath().getLong("id");
        actorId = actor(ACTOR);
        annotator = new Browser();
    }

    @AfterAll
    static void stop() {
        for (Browser b : new Browser[] { annotator, annotator2 }) {
            if (b != null) {
                b.close();
            }
        }
    }

    /** The registry's actor of that name, created by a curator when missing. */
    static long actor(String name) {
        given().noFilters().auth().oauth2(Tokens.of("curator")).contentType("application/json")
                .body(Map.of("kind", "international_organization", "name", name, "acronyms", List.of("UE")))
                .when().post(Stack.GATEWAY + "/api/v1/actors");
        List<Map<String, Object>> found = given().noFilters().auth().oauth2(Tokens.of("curator"))
                .queryParam("q", name).when().get(Stack.GATEWAY + "/api/v1/actors")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return found.stream().filter(a -> name.equals(a.get("name"))).findFirst()
                .map(a -> ((Number) a.get("id")).longValue())
                .orElseThrow(() -> new AssertionError(name + " is not in the registry: " + found));
    }

    @Test
    @Order(1)
    void aPassageAnnotatedWithACommentATagAndAnActorIsHighlighted() {
        annotator.signIn("annotator");
        annotator.select(annotator.openDocument(documentId, PASSAGE), PASSAGE);

        WebElement popover = annotator.testId("annotation-popover");
        assertEquals(PASSAGE, annotator.testId("selected-quote").getText());
        popover.findElement(By.cssSelector("textarea[name='comment']"))
                .sendKeys("Le **volet retour** du dialogue <img src=x onerror=\"window.__pwned=5\">");
        popover.findElement(By.cssSelector("[data-testid='tags-input']")).sendKeys(TAG);
        // The actor through the autocomplete, with the keyboard: type, the first option is active, Enter picks it.
        WebElement search = popover.findElement(By.cssSelector("[data-testid='actor-search']"));
        search.sendKeys("Union europ");
        annotator.wait.until(d -> popover.findElements(By.cssSelector("[data-testid='actor-option']")).stream()
                .anyMatch(o -> o.getText().startsWith(ACTOR)));
        while (!popover.findElement(By.cssSelector("[role='option'][aria-selected='true']")).getText().startsWith(ACTOR)) {
            search.sendKeys(Keys.ARROW_DOWN);
        }
        search.sendKeys(Keys.ENTER);
        assertEquals(ACTOR, annotator.testId("picked-actor").getText().replace("×", "").trim());
        annotator.screenshot("10-annotation-popover");
        popover.findElement(By.cssSelector("button[type='submit']")).click();

        annotator.wait.until(d -> highlighted(annotator).contains(PASSAGE));
        WebElement item = annotator.wait.until(d -> ourItem(annotator, TAG));
        item.findElement(By.tagName("button")).click();
        WebElement thread = annotator.testId("thread-annotation");
        assertEquals("#" + TAG, thread.findElement(By.cssSelector("[data-testid='annotation-tag']")).getText());
        annotator.wait.until(ExpectedConditions.textToBePresentInElement(
                thread.findElement(By.cssSelector("[data-testid='annotation-actor']")), ACTOR));
        assertEquals("volet retour", thread.findElement(By.cssSelector("[data-testid='annotation-comment'] strong")).getText());
        assertTrue(thread.findElements(By.tagName("img")).isEmpty(), "HTML in a comment must stay text");
        assertNull(annotator.script("return window.__pwned"), "a script payload ran");
        annotator.screenshot("11-annotation-thread");

        // Stored as a W3C annotation: the tag and the actor's IRI among its bodies.
        Map<String, Object> stored = storedWithTag(TAG);
        String bodies = String.valueOf(stored.get("body"));
        assertTrue(bodies.contains("/api/v1/actors/" + actorId) && bodies.contains("identifying"), bodies);

        // Reloaded: still there, still highlighted.
        annotator.driver.navigate().refresh();
        annotator.wait.until(d -> ourItem(annotator, TAG));
        ReaderWebTest.bringIntoView(annotator, PASSAGE);
        annotator.wait.until(d -> highlighted(annotator).contains(PASSAGE));
    }

    @Test
    @Order(2)
    void aTeammateSeesTeamAnnotationsAppearLiveNeverPrivateOnesAndSeesWhoIsReading() {
        annotator2 = new Browser();
        annotator2.signIn("annotator2");
        annotator2.open("/#/documents/" + documentId);
        annotator2.wait.until(d -> ourItem(annotator2, TAG));
        // Marks this page: a reload would lose it.
        annotator2.script("window.__sameLoad = true");
        annotator.wait.until(d -> annotator.testId("presence").getText().contains("annotator2")
                || annotator.testId("presence").getText().contains("Élodie"));
        annotator2.wait.until(d -> annotator2.testId("presence").getText().contains("annotator")
                || annotator2.testId("presence").getText().contains("Aminata"));

        String privateTag = TAG + "prive";
        String teamTag = TAG + "equipe";
        annotate(annotator, PRIVATE_PASSAGE, privateTag, "private");
        annotate(annotator, LIVE_PASSAGE, teamTag, "team");

        // The second browser, without a reload, sees the team annotation highlighted and listed.
        annotator2.wait.until(d -> highlighted(annotator2).contains(LIVE_PASSAGE));
        annotator2.wait.until(d -> ourItem(annotator2, teamTag));
        assertEquals(Boolean.TRUE, annotator2.script("return window.__sameLoad"), "the page was reloaded");
        // Events come in order: the private one, created first, would be there by now.
        assertNull(ourItem(annotator2, privateTag), "a private annotation reached a teammate");
        assertFalse(highlighted(annotator2).contains(PRIVATE_PASSAGE), "a private annotation is highlighted for a teammate");
        annotator2.screenshot("12-live-teammate");
        annotator.screenshot("12a-live-author-presence");
    }

    @Test
    @Order(3)
    void aCuratorAcceptsASuggestedActorMention() {
        try (Browser curator = new Browser()) {
            curator.signIn("curator");
            curator.open("/#/documents/" + documentId + "/review");
            curator.testId("run-suggestions").click();
            curator.testId("review-message");
            WebElement row = curator.wait.until(d -> d.findElements(By.cssSelector("[data-testid='suggestion']")).stream()
                    .filter(r -> r.getText().contains(ACTOR)).findFirst().orElse(null));
            row.findElement(By.cssSelector("input[type='checkbox']")).click();
            curator.screenshot("13-review-suggestions");
            curator.testId("accept-selected").click();
            curator.wait.until(ExpectedConditions.textToBePresentInElement(curator.testId("review-message"), "1 acceptée"));

            // Accepted on the server: an identifying annotation of the actor, by the suggester, now accepted.
            List<Map<String, Object>> accepted = given().noFilters().auth().oauth2(Tokens.of("curator"))
                    .accept("application/ld+json").queryParam("document", documentId).queryParam("status", "accepted")
                    .queryParam("actor", actorId).queryParam("size", 1000)
                    .when().get(Stack.GATEWAY + "/api/v1/annotations/").then().statusCode(200).extract()
                    .jsonPath().getList("first.items");
            assertTrue(accepted.stream().anyMatch(a -> "identifying".equals(a.get("motivation"))
                    && String.valueOf(a.get("creator")).contains("corridor-suggester")), String.valueOf(accepted));
        }
    }

    /** A passage annotated through the popover, with a tag and a visibility. */
    private static void annotate(Browser b, String passage, String tag, String visibility) {
        b.select(b.testId("document-text"), passage);
        WebElement popover = b.testId("annotation-popover");
        popover.findElement(By.cssSelector("textarea[name='comment']")).sendKeys("Passage " + visibility);
        popover.findElement(By.cssSelector("[data-testid='tags-input']")).sendKeys(tag);
        new org.openqa.selenium.support.ui.Select(popover.findElement(By.cssSelector("select[name='visibility']")))
                .selectByValue(visibility);
        popover.findElement(By.cssSelector("button[type='submit']")).click();
        b.wait.until(d -> ourItem(b, tag));
    }

    /** The list entry of the annotation carrying this tag, or null. */
    private static WebElement ourItem(Browser b, String tag) {
        return b.driver.findElements(By.cssSelector("[data-testid='annotation'][data-tags~='" + tag + "']")).stream()
                .findFirst().orElse(null);
    }

    /** The texts the reader paints with the CSS Custom Highlight API (its StaticRanges read through live ones). */
    private static List<String> highlighted(Browser b) {
        return ReaderWebTest.highlighted(b);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> storedWithTag(String tag) {
        List<Map<String, Object>> items = given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .accept("application/ld+json").queryParam("document", documentId).queryParam("tag", tag)
                .when().get(Stack.GATEWAY + "/api/v1/annotations/").then().statusCode(200).extract()
                .jsonPath().getList("first.items");
        assertEquals(1, items.size(), String.valueOf(items));
        return items.get(0);
    }
}
