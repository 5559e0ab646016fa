package io.corridor.e2e.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.path.json.JsonPath;

/**
 * Curation in the browser against the real stack: three annotators (annotator, annotator2, admin) tag the test's own
 * document through the API, agreeing on one passage, splitting on another, one passage marked by annotator alone. The
 * curator reaches the curation view from the reader, auto-merges the agreement, accepts annotator2's version of the
 * disputed passage, and the API's curated layer then holds exactly those two annotations, via their sources.
 */
@ExtendWith(Stack.class)
class CurationWebTest {

    static final String API = Stack.GATEWAY + "/api/v1";
    static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    static final String A = "Le comité de suivi s’est réuni à Bamako";
    static final String B = "Les associations de la diaspora demandent un meilleur accès aux visas";
    static final String C = "Le rapport final sera publié au printemps";
    static final String TEXT = "Note de curation (" + RUN + ").\n\n" + A + ".\n\n" + B + ".\n\n" + C + ".\n";
    static final String TAG = "gold" + RUN;
    static final String OTHER = "gold" + RUN + "visas";

    static TeamNote note;
    static Browser curator;

    @BeforeAll
    static void start() {
        note = TeamNote.upload("note-gold-" + RUN + ".txt", "Note de curation " + RUN, TEXT);
        curator = new Browser();
        curator.signIn("curator");
    }

    @AfterAll
    static void stop() {
        if (curator != null) {
            curator.close();
        }
    }

    static String annotate(String user, String passage, String tag) {
        return note.annotate(user, passage, tag, "public");
    }

    @Test
    void theCuratorMergesTheAgreementAndAcceptsOneVersionOfADisputedPassage() {
        // public: admin's team is not the curator's, and the curator compares what they may see
        for (String who : List.of("annotator", "annotator2", "admin")) {
            annotate(who, A, TAG);
        }
        annotate("annotator", B, TAG);
        String chosen = annotate("annotator2", B, OTHER);
        annotate("admin", B, TAG);
        annotate("annotator", C, TAG);

        curator.openDocument(note.id(), A);
        curator.testId("curation-link").click();
        curator.wait.until(ExpectedConditions.textToBePresentInElement(curator.testId("curation-count-agreed"), "1"));
        assertEquals("1", curator.testId("curation-count-disagreed").getText());
        assertEquals("1", curator.testId("curation-count-single").getText());
        assertEquals("0", curator.testId("curation-count-curated").getText());
        assertEquals(3, curator.driver.findElements(By.cssSelector("[data-testid='curation-unit']")).size());
        curator.screenshot("46-curation");

        curator.testId("curation-merge").click();
        curator.wait.until(ExpectedConditions.textToBePresentInElement(curator.testId("curation-count-curated"), "1"));
        assertTrue(curator.testId("curation-merged").getText().contains("1"), curator.testId("curation-merged").getText());
        assertEquals("0", curator.testId("curation-count-agreed").getText());

        WebElement disputed = curator.await(By.cssSelector("[data-testid='curation-unit'][data-state='disagreed']"));
        disputed.findElement(By.cssSelector("[data-testid='curation-version'][data-creator='annotator2'] [data-testid='curation-accept']"))
                .click();
        curator.wait.until(ExpectedConditions.textToBePresentInElement(curator.testId("curation-count-curated"), "2"));
        assertEquals("0", curator.testId("curation-count-disagreed").getText());
        curator.screenshot("47-curation-decided");

        // the curated layer, as the API lists it: the merged passage via its three versions, the disputed one via annotator2's
        JsonPath curated = given().auth().oauth2(Tokens.of("curator")).queryParam("document", note.id())
                .queryParam("layer", "curated").queryParam("page", 0).when().get(API + "/annotations").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, curated.getList("items").size(), curated.prettify());
        Map<String, Object> merged = curated.getMap("items.find { it.target.selector[1].start == " + note.span(A)[0] + " }");
        Map<String, Object> decided = curated.getMap("items.find { it.target.selector[1].start == " + note.span(B)[0] + " }");
        assertEquals("curated", merged.get("layer"));
        assertEquals(3, ((List<?>) merged.get("via")).size());
        assertEquals(List.of(chosen), decided.get("via"));
        assertEquals(OTHER, curated.getString("items.find { it.via == ['" + chosen + "'] }.body[0].value"));
        assertEquals("curator", curated.getString("items[0].creator.name"));
        assertEquals(List.of("accepted", "accepted"), curated.getList("items.status"));
        // the annotators see the curated layer too (as public as its sources), and agreement still counts only the three annotators
        given().auth().oauth2(Tokens.of("annotator")).queryParam("document", note.id()).queryParam("layer", "curated")
                .queryParam("page", 0).when().get(API + "/annotations").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(2));
        given().auth().oauth2(Tokens.of("curator")).when().get(API + "/documents/" + note.id() + "/agreement").then().statusCode(200)
                .body("annotators", org.hamcrest.Matchers.equalTo(List.of("admin", "annotator", "annotator2")));
    }
}
