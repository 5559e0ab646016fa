package io.corridor.e2e.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
import io.restassured.specification.RequestSpecification;

/**
 * The team workflow in the browser against the real stack (issue 21): a mention chosen through the
 * autocomplete raises the mentioned teammate's unread badge live (same page, no reload) and shows in
 * their inbox; a flag sent from the thread reaches the curator's moderation queue, the curator hides
 * the annotation and the teammate then sees "hidden by moderator" without its text; a curator assigns
 * a document, the assignee moves their state in the reader, and the workload page shows both.
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowWebTest {

    static final String API = Stack.GATEWAY + "/api/v1";
    static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    static final String TEXT = "Compte rendu de l’atelier sur la mobilité (" + RUN + ").\n\n"
            + "Les participants ont discuté des corridors de transfert entre Kayes et Montreuil.\n\n"
            + "Une seconde séance portera sur les frais d’envoi.\n";
    static final String PASSAGE = "des corridors de transfert entre Kayes et Montreuil";
    static final String COMMENT = "Chiffres à vérifier " + RUN;

    static long documentId;
    static String annotationUuid;
    static Browser annotator;
    static Browser annotator2;
    static Browser curator;

    static RequestSpecification as(String user) {
        return given().noFilters().auth().oauth2(Tokens.of(user));
    }

    @BeforeAll
    static void start() {
        // Setup steps, not contract checks (multipart bodies are beyond the contract filter).
        Response upload = as("annotator").multiPart("file", "atelier-" + RUN + ".txt", TEXT.getBytes(StandardCharsets.UTF_8),
                        "text/plain; charset=UTF-8")
                .multiPart("title", "Atelier mobilité " + RUN, "text/plain; charset=UTF-8")
                .multiPart("kind", "policy_briefing").multiPart("language", "fr").when().post(API + "/documents");
        assertTrue(upload.statusCode() == 201 || upload.statusCode() == 200, upload.asString());
        documentId = upload.jsonPath().getLong("id");
        // The member directory learns users from their calls; the team must not be pre-moderated by an earlier test.
        for (String user : List.of("annotator", "annotator2", "curator")) {
            as(user).when().get(API + "/members?q=a").then().statusCode(200);
        }
        as("curator").contentType("application/json").body(Map.of("premoderated", false))
                .when().put(API + "/teams/sahel-team/moderation").then().statusCode(200);
        as("annotator2").contentType("application/json").body(Map.of("all", true))
                .when().post(API + "/notifications/read").then().statusCode(200);
    }

    @AfterAll
    static void stop() {
        for (Browser b : new Browser[] { annotator, annotator2, curator }) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    @Order(1)
    void aMentionChosenInTheAutocompleteRaisesTheTeammatesBadgeLiveAndReachesTheirInbox() {
        annotator2 = new Browser();
        annotator2.signIn("annotator2");
        annotator2.await(By.cssSelector("[data-testid='inbox-link'][data-live='true']"));
        assertTrue(annotator2.driver.findElements(By.cssSelector("[data-testid='unread-badge']")).isEmpty(),
                "every notification was marked read before the test");
        annotator2.script("window.__sameLoad = true");

        annotator = new Browser();
        annotator.signIn("annotator");
        annotator.select(annotator.openDocument(documentId, PASSAGE), PASSAGE);
        WebElement popover = annotator.testId("annotation-popover");
        WebElement comment = popover.findElement(By.cssSelector("textarea[name='comment']"));
        comment.sendKeys(COMMENT + " avec @annotator");
        annotator.wait.until(d -> !popover.findElements(By.cssSelector("[data-testid='member-option'][data-username='annotator2']")).isEmpty());
        // Keyboard only: ↓ until annotator2 is the active option, Enter inserts the mention.
        while (!"annotator2".equals(popover.findElement(By.cssSelector("[role='option'][aria-selected='true']")).getAttribute("data-username"))) {
            comment.sendKeys(Keys.ARROW_DOWN);
        }
        assertEquals("true", comment.getAttribute("aria-expanded"));
        annotator.screenshot("24-mention-autocomplete");
        comment.sendKeys(Keys.ENTER);
        assertEquals(COMMENT + " avec @annotator2 ", comment.getAttribute("value"));
        popover.findElement(By.cssSelector("button[type='submit']")).click();
        annotator.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid='annotation-popover']")));

        // Stored with a member body for annotator2.
        List<Map<String, Object>> items = as("annotator").accept("application/ld+json").queryParam("document", documentId)
                .when().get(API + "/annotations/").then().statusCode(200).extract().jsonPath().getList("first.items");
        assertEquals(1, items.size(), String.valueOf(items));
        assertTrue(String.valueOf(items.get(0).get("body")).contains("/api/v1/members/annotator2"), String.valueOf(items.get(0)));
        String iri = String.valueOf(items.get(0).get("id"));
        annotationUuid = iri.substring(iri.lastIndexOf('/') + 1);

        // The teammate's badge rises on the same page, from the live stream.
        annotator2.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid='unread-badge']"), "1"));
        assertEquals(Boolean.TRUE, annotator2.script("return window.__sameLoad"), "the page was reloaded");
        annotator2.screenshot("25-unread-badge");
        annotator2.testId("inbox-link").click();
        WebElement notification = annotator2.await(By.cssSelector("[data-testid='notification'][data-type='mentioned'][data-read='false']"));
        assertTrue(notification.getText().contains("annotator"), notification.getText());
        annotator2.screenshot("26-inbox");
        // Its link opens the annotation's thread in the reader, the mention a chip; the badge goes.
        notification.findElement(By.cssSelector("[data-testid='notification-link']")).click();
        WebElement chip = annotator2.testId("annotation-mention");
        assertEquals("@annotator2", chip.getText());
        assertTrue(annotator2.testId("thread-annotation").getText().contains(COMMENT));
        annotator2.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid='unread-badge']")));
    }

    @Test
    @Order(2)
    void aFlagReachesTheCuratorsQueueAndTheHiddenAnnotationShowsAsHiddenByModerator() {
        annotator2.open("/#/documents/" + documentId + "?annotation=" + annotationUuid);
        WebElement thread = annotator2.testId("thread-annotation");
        thread.findElement(By.cssSelector("[data-testid='flag']")).click();
        annotator2.testId("flag-reason").sendKeys("Source manquante " + RUN);
        annotator2.screenshot("27-flag-dialog");
        annotator2.testId("flag-send").click();
        annotator2.testId("flagged");

        curator = new Browser();
        curator.signIn("curator");
        curator.open("/#/moderation");
        WebElement item = curator.await(By.cssSelector("[data-testid='flag-item'][data-annotation='" + annotationUuid + "']"));
        curator.wait.until(ExpectedConditions.textToBePresentInElement(item, COMMENT));
        assertTrue(item.getText().contains("Source manquante " + RUN), item.getText());
        item.findElement(By.cssSelector("[data-testid='moderation-reason']")).sendKeys("Hors sujet");
        curator.screenshot("28-moderation-queue");
        item.findElement(By.cssSelector("[data-testid='hide']")).click();
        curator.testId("moderation-message");

        // The other user now reads it masked: the label, never the text.
        annotator2.driver.navigate().refresh();
        WebElement masked = annotator2.testId("thread-annotation");
        annotator2.wait.until(ExpectedConditions.visibilityOf(masked.findElement(By.cssSelector("[data-testid='annotation-hidden']"))));
        assertEquals("Masquée par un modérateur", masked.findElement(By.cssSelector("[data-testid='annotation-hidden']")).getText().trim());
        assertFalse(masked.getText().contains(COMMENT), "a hidden annotation's text reached another user");
        annotator2.screenshot("29-hidden-by-moderator");
    }

    @Test
    @Order(3)
    void anAssignmentAndAStateChangeShowOnTheWorkloadPage() {
        curator.openDocument(documentId, PASSAGE);
        WebElement panel = curator.testId("workflow-panel");
        WebElement search = panel.findElement(By.cssSelector("[data-testid='member-search']"));
        search.sendKeys("annotator2");
        curator.wait.until(d -> !panel.findElements(By.cssSelector("[data-testid='member-option'][data-username='annotator2']")).isEmpty());
        while (!"annotator2".equals(panel.findElement(By.cssSelector("[role='option'][aria-selected='true']")).getAttribute("data-username"))) {
            search.sendKeys(Keys.ARROW_DOWN);
        }
        search.sendKeys(Keys.ENTER);
        curator.await(By.cssSelector("[data-testid='assignee'][data-assignee='annotator2'][data-state='new']"));

        // The assignee moves their own state in the reader; finished freezes their annotations.
        annotator2.open("/#/library");
        annotator2.openDocument(documentId, PASSAGE);
        annotator2.await(By.cssSelector("[data-testid='my-state'][data-state='new']"));
        annotator2.testId("state-in_progress").click();
        annotator2.await(By.cssSelector("[data-testid='my-state'][data-state='in_progress']"));
        annotator2.screenshot("30-reader-workflow");

        curator.open("/#/workload?document=" + documentId);
        WebElement row = curator.await(By.cssSelector("[data-testid='workload-row'][data-assignee='annotator2']"));
        assertEquals("in_progress", row.getAttribute("data-state"));
        assertEquals("0", row.findElement(By.cssSelector("[data-testid='workload-count']")).getText());
        curator.screenshot("31-workload");

        annotator2.testId("state-finished").click();
        annotator2.testId("frozen");
        curator.driver.navigate().refresh();
        curator.await(By.cssSelector("[data-testid='workload-row'][data-assignee='annotator2'][data-state='finished']"));
        // The assignee's notification of the assignment is in their inbox too, with the document in "my assignments".
        annotator2.open("/#/inbox");
        annotator2.await(By.cssSelector("[data-testid='notification'][data-type='assigned']"));
        annotator2.wait.until(ExpectedConditions.textToBePresentInElement(annotator2.testId("my-assignments"), "Atelier mobilité " + RUN));
    }
}
