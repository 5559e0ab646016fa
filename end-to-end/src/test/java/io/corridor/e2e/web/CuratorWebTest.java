package io.corridor.e2e.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The curators' pages and the reader's figures in the browser against the real stack: the agreement
 * of two annotators whose annotations the test writes, computed here independently and read on the
 * page; a proposed relation accepted (and another rejected) in the browser and so in the API; a
 * checked figure's verdict badge beside its passage and on the indicators page; tag autocomplete
 * that offers the test's public tag and never another user's private one.
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CuratorWebTest {

    static final String API = Stack.GATEWAY + "/api/v1";
    static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    static final String FILE = "note-curation-" + RUN + ".txt";
    /** The test's own text (passages on separate lines, none repeated). */
    static final String TEXT = "Note de travail sur le dialogue migratoire (" + RUN + ").\n\n"
            + "Le comité de suivi s’est réuni à Bamako pour examiner les retours volontaires.\n\n"
            + "Les associations de la diaspora demandent un meilleur accès aux visas.\n\n"
            + "La Banque mondiale estime les envois de fonds vers le Mali à 964 milliards de dollars en 2019.\n\n"
            + "Le rapport final sera publié au printemps.\n";
    static final String A = "Le comité de suivi s’est réuni à Bamako";
    static final String B = "pour examiner les retours volontaires";
    static final String C = "Les associations de la diaspora";
    static final String D = "demandent un meilleur accès aux visas";
    static final String FIGURE = "les envois de fonds vers le Mali à 964 milliards de dollars en 2019";
    static final String LAST = "Le rapport final sera publié au printemps";
    /** Tags of this run; the secret one shares the prefix and is only on annotator2's private note. */
    static final String TAG = "cur" + RUN;
    static final String TAG2 = "cur" + RUN + "visas";
    static final String SECRET = TAG + "secret";

    static TeamNote note;
    static Browser curator;

    static RequestSpecification as(String user) {
        return given().noFilters().auth().oauth2(Tokens.of(user));
    }

    @BeforeAll
    static void start() {
        note = TeamNote.upload(FILE, "Note de travail " + RUN, TEXT);
        curator = new Browser();
        curator.signIn("curator");
    }


    @AfterAll
    static void stop() {
        if (curator != null) {
            curator.close();
        }
    }

    @Test
    @Order(1)
    void theCuratorSeesTheAgreementOfTwoAnnotatorsAsComputedFromTheirAnnotations() {
        annotate("annotator", A, TAG, "public");
        annotate("annotator", C, TAG, "public");
        annotate("annotator", D, TAG2, "public");
        annotate("annotator2", A, TAG, "public");
        annotate("annotator2", B, TAG, "public");
        annotate("annotator2", D, TAG2, "public");
        Map<String, List<int[]>> first = Map.of("tag:" + TAG, List.of(span(A), span(C)), "tag:" + TAG2, List.of(span(D)));
        Map<String, List<int[]>> second = Map.of("tag:" + TAG, List.of(span(A), span(B)), "tag:" + TAG2, List.of(span(D)));
        Expected expected = Expected.of(first, second);

        curator.open("/#/documents/" + note.id() + "/agreement");
        WebElement alpha = curator.testId("agreement-alpha");
        assertEquals(expected.alpha, number(alpha.getText()), 0.0005, "alpha shown " + alpha.getText());
        assertEquals(expected.units, (long) number(curator.testId("agreement-units").getText()));
        WebElement pair = curator.testId("agreement-pair");
        assertEquals("annotator annotator2", pair.getAttribute("data-annotators"));
        assertEquals(expected.kappa, number(pair.findElement(By.cssSelector("[data-testid='pair-kappa']")).getText()), 0.0005);
        assertEquals(expected.units, (long) number(pair.findElement(By.cssSelector("[data-testid='pair-units']")).getText()));
        assertFalse(curator.testId("agreement-reading").getText().isBlank());
        curator.screenshot("14-agreement");
    }

    @Test
    @Order(2)
    void aProposedRelationAcceptedInTheBrowserIsAcceptedInTheApi() {
        long ministry = actor("ministry", "Ministère des Maliens de l’extérieur " + RUN);
        long council = actor("diaspora_association", "Haut Conseil des Maliens de l’extérieur " + RUN);
        String quote = "Le ministère <b>appuie</b> le Haut Conseil " + RUN;
        long accepted = propose(ministry, "supports", council, quote);
        long rejected = propose(council, "opposes", ministry, "Le Haut Conseil s’oppose au ministère " + RUN);

        curator.open("/#/relations");
        WebElement card = curator.wait.until(d -> d.findElements(By.cssSelector("[data-relation='" + accepted + "']")).stream()
                .findFirst().orElse(null));
        // the evidence shows as text: its markup is not markup
        assertEquals(quote, card.findElement(By.cssSelector("[data-testid='relation-evidence']")).getText());
        assertTrue(card.findElements(By.tagName("b")).isEmpty(), "evidence HTML was rendered");
        curator.screenshot("15-proposed-relations");
        card.findElement(By.cssSelector("[data-testid='accept-relation']")).click();
        curator.wait.until(ExpectedConditions.textToBePresentInElement(curator.testId("relations-message"), "acceptée"));
        as("reader").when().get(API + "/relations/" + accepted).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("accepted"));

        WebElement other = curator.driver.findElement(By.cssSelector("[data-relation='" + rejected + "']"));
        // the keyboard reaches the decision buttons
        other.findElement(By.cssSelector("[data-testid='reject-relation']")).sendKeys(Keys.ENTER);
        curator.wait.until(ExpectedConditions.textToBePresentInElement(curator.testId("relations-message"), "rejetée"));
        as("reader").when().get(API + "/relations/" + rejected).then().statusCode(404);
        assertTrue(curator.driver.findElements(By.cssSelector("[data-relation='" + accepted + "'], [data-relation='" + rejected + "']"))
                .isEmpty(), "decided relations are still listed");
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void aClaimsVerdictShowsBesideItsPassageAndOnTheIndicatorsPage() {
        // A reference series of the test's own: 1,003 million USD in 2019; the document says 964 billion.
        String indicator = "E2E.WEB." + RUN.toUpperCase();
        as("curator").contentType(ContentType.JSON).body(Map.of("nameEn", "Remittances (web test)", "nameFr",
                "Envois de fonds (test web)", "unit", "USD", "source", "end-to-end", "periodicity", "annual"))
                .when().put(API + "/indicators/" + indicator).then().statusCode(201);
        String wdi = "\ufeff\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2025-01-28\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\",\n"
                + "\"Mali\",\"MLI\",\"Remittances (web test)\",\"" + indicator + "\",\"1003000000\",\n";
        as("curator").contentType("text/csv; charset=UTF-8").body(wdi.getBytes(StandardCharsets.UTF_8))
                .when().post(API + "/indicators/imports").then().statusCode(200);
        String anchor = annotate("annotator", FIGURE, null, "public");
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.putAll(Map.of("document", FILE, "annotation", anchor, "quote", FIGURE, "indicator", indicator, "country", "MLI",
                "period", "2019", "value", 964000000000L, "unit", "USD", "sourceCited", "Banque mondiale"));
        Map<String, Object> claim = as("annotator").contentType(ContentType.JSON).body(draft).when().post(API + "/claims")
                .then().statusCode(201).extract().as(Map.class);
        String verdict = (String) ((Map<String, Object>) claim.get("verdict")).get("verdict");
        assertEquals("discrepant", verdict, "the reference series was imported: " + claim);

        try (Browser reader = new Browser()) {
            reader.signIn("annotator");
            reader.open("/#/documents/" + note.id());
            WebElement marker = reader.testId("claim-marker");
            assertEquals(verdict, marker.findElement(By.cssSelector("[data-testid='claim-verdict']")).getAttribute("data-verdict"));
            assertTrue(marker.getText().contains("discordant"), marker.getText());
            // beside its passage: level with the passage's first line, right of the text
            Map<String, Object> at = (Map<String, Object>) reader.script(Browser.RANGE_OF + """
                    const [scope, phrase, marker] = arguments;
                    const range = rangeOf(scope, phrase);
                    if (!range) {
                      return null;
                    }
                    const line = range.getClientRects()[0], badge = marker.getBoundingClientRect();
                    return { lineTop: line.top, badgeTop: badge.top, textRight: scope.getBoundingClientRect().right, badgeLeft: badge.left };""",
                    reader.testId("document-text"), FIGURE, marker);
            assertEquals(((Number) at.get("lineTop")).doubleValue(), ((Number) at.get("badgeTop")).doubleValue(), 2.0, at.toString());
            assertTrue(((Number) at.get("badgeLeft")).doubleValue() >= ((Number) at.get("textRight")).doubleValue(), at.toString());
            marker.sendKeys(Keys.ENTER);
            WebElement detail = reader.wait.until(d -> d.switchTo().activeElement().getAttribute("data-testid") != null
                    && "claim".equals(d.switchTo().activeElement().getAttribute("data-testid")) ? d.switchTo().activeElement() : null);
            assertTrue(detail.findElement(By.cssSelector("[data-testid='claim-reference']")).getText().contains("2019"));
            assertTrue(detail.findElement(By.cssSelector("[data-testid='claim-vintage']")).getText().contains("2025-01-28"));
            assertFalse(detail.findElements(By.cssSelector("[data-testid='claim-hint']")).isEmpty(), "no hint at the slip of scale");
            reader.screenshot("16-reader-claim");

            reader.open("/#/indicators?document=" + note.id() + "&code=" + indicator + "&country=MLI");
            WebElement listed = reader.await(By.cssSelector("[data-testid='document-claims'] [data-testid='claim']"));
            assertEquals(verdict, listed.findElement(By.cssSelector("[data-testid='claim-verdict']")).getAttribute("data-verdict"));
            reader.wait.until(d -> !d.findElements(By.cssSelector("corridor-indicators canvas#series")).isEmpty());
            reader.screenshot("17-indicators-claims");
        }
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void tagAutocompleteOffersVisibleTagsAndNeverAnotherUsersPrivateOne() {
        annotate("annotator2", LAST, SECRET, "private");
        // annotator2 is offered their own private tag: the endpoint does list private tags to their author
        List<String> own = given().auth().oauth2(Tokens.of("annotator2")).queryParam("prefix", TAG).when()
                .get(API + "/annotations/tags").then().statusCode(200).extract().jsonPath().getList("tag");
        assertTrue(own.contains(SECRET) && own.contains(TAG), String.valueOf(own));

        try (Browser annotator = new Browser()) {
            annotator.signIn("annotator");
            annotator.select(annotator.openDocument(note.id(), LAST), LAST);
            WebElement popover = annotator.testId("annotation-popover");
            WebElement tags = popover.findElement(By.cssSelector("[data-testid='tags-input']"));
            tags.sendKeys(TAG);
            List<WebElement> options = annotator.wait.until(d -> {
                List<WebElement> o = popover.findElements(By.cssSelector("[data-testid='tag-option']"));
                return o.isEmpty() ? null : o;
            });
            List<String> offered = new ArrayList<>();
            options.forEach(o -> offered.add(o.getAttribute("data-tag")));
            assertTrue(offered.contains(TAG) && offered.contains(TAG2), String.valueOf(offered));
            assertFalse(offered.contains(SECRET), "another user's private tag was offered: " + offered);
            assertEquals("true", tags.getAttribute("aria-expanded"));
            annotator.screenshot("18-tag-autocomplete");
            // keyboard only: move to the tag, Enter picks it
            while (!TAG.equals(popover.findElement(By.cssSelector("[role='option'][aria-selected='true']")).getAttribute("data-tag"))) {
                tags.sendKeys(Keys.ARROW_DOWN);
            }
            tags.sendKeys(Keys.ENTER);
            assertEquals(TAG + ", ", tags.getAttribute("value"));
            assertEquals("false", tags.getAttribute("aria-expanded"));
        }
    }

    /** A public or private tagging annotation through the API as that user; answers its IRI. */
    static String annotate(String user, String passage, String tag, String visibility) {
        return note.annotate(user, passage, tag, visibility);
    }


    static long actor(String kind, String name) {
        return ((Number) as("curator").contentType(ContentType.JSON).body(Map.of("kind", kind, "name", name, "country", "MLI"))
                .when().post(API + "/actors").then().statusCode(201).extract().path("id")).longValue();
    }

    /** An annotator proposes; curators decide. */
    static long propose(long subject, String predicate, long object, String quote) {
        return ((Number) as("annotator").contentType(ContentType.JSON).body(Map.of("subject", subject, "predicate", predicate,
                "object", object, "start", "2019", "evidence", List.of(Map.of("document", FILE, "quote", quote))))
                .when().post(API + "/relations").then().statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("proposed")).extract().path("id")).longValue();
    }

    /** Code-point offsets of a passage in the stored text. */
    static int[] span(String passage) {
        return note.span(passage);
    }

    /** A figure as the French page writes it: decimal comma, spaces between thousands. */
    static double number(String shown) {
        return Double.parseDouble(shown.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.').replace('−', '-'));
    }

    /**
     * The textbook figures for two annotators, code point by code point: units are the code points
     * either covered × the labels in use; Cohen's kappa; Krippendorff's alpha (nominal, no missing values).
     */
    record Expected(double kappa, double alpha, long units) {
        static Expected of(Map<String, List<int[]>> first, Map<String, List<int[]>> second) {
            java.util.TreeSet<Integer> covered = new java.util.TreeSet<>();
            java.util.TreeSet<String> labels = new java.util.TreeSet<>(first.keySet());
            labels.addAll(second.keySet());
            for (Map<String, List<int[]>> marks : List.of(first, second)) {
                marks.values().forEach(spans -> spans.forEach(s -> {
                    for (int p = s[0]; p < s[1]; p++) {
                        covered.add(p);
                    }
                }));
            }
            long n = 0, ones1 = 0, ones2 = 0, agree = 0;
            for (String label : labels) {
                for (int p : covered) {
                    boolean x = covers(first.getOrDefault(label, List.of()), p);
                    boolean y = covers(second.getOrDefault(label, List.of()), p);
                    n++;
                    ones1 += x ? 1 : 0;
                    ones2 += y ? 1 : 0;
                    agree += x == y ? 1 : 0;
                }
            }
            double po = (double) agree / n, p1 = (double) ones1 / n, p2 = (double) ones2 / n;
            double pe = p1 * p2 + (1 - p1) * (1 - p2);
            double kappa = (po - pe) / (1 - pe);
            double values = 2.0 * n, ones = ones1 + ones2, zeros = values - ones, disagree = n - agree;
            double alpha = 1 - (values - 1) * disagree / (zeros * ones);
            return new Expected(kappa, alpha, n);
        }

        private static boolean covers(List<int[]> spans, int p) {
            return spans.stream().anyMatch(s -> s[0] <= p && p < s[1]);
        }
    }
}
