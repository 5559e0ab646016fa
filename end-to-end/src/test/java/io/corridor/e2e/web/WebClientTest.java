package io.corridor.e2e.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.corridor.testing.OpenApiContract;
import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.response.Response;

/**
 * The web client in Debian's Chromium against the real stack: sign-in through Keycloak's own form,
 * the library, the reader and its W3C selectors, CSRF on cookie writes, inert HTML, sign-out and
 * session expiry. Each page is saved to target/screenshots.
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebClientTest {

    /** HTML and script in a title: it must show as text and never run. */
    static final String HOSTILE_TITLE = "Note <img src=x onerror=\"window.__pwned=1\"> <script>window.__pwned=2</script> sur la réadmission";
    /** An emoji (two UTF-16 units, one code point) before the passage: offsets must count code points. */
    static final String TEXT = "Dialogue de haut niveau Mali–Union européenne 🤝 sur les questions migratoires.\n\n"
            + "Les deux parties s’engagent à coopérer en matière de réadmission des ressortissants en situation irrégulière, "
            + "dans le respect de leur dignité. Le Haut Conseil des Maliens de l’Extérieur est associé au suivi.\n";

    static Browser browser;
    static long documentId;

    @BeforeAll
    static void start() {
        documentId = uploadDocument(Tokens.of("annotator"));
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Through the gateway when it takes uploads; until then straight to the document-service, which takes the same token. */
    static long uploadDocument(String token) {
        byte[] bytes = (TEXT + "\n(" + System.nanoTime() + ")\n").getBytes(StandardCharsets.UTF_8);
        for (String base : List.of(Stack.GATEWAY, Stack.DOCUMENT_SERVICE)) {
            // A setup step, not a contract check: the upload endpoint of the gateway is still being built.
            Response r = given().noFiltersOfType(OpenApiContract.class).auth().oauth2(token)
                    .multiPart("file", "note-readmission.txt", bytes, "text/plain; charset=UTF-8")
                    .multiPart("title", HOSTILE_TITLE, "text/plain; charset=UTF-8")
                    .multiPart("kind", "official_communique").multiPart("language", "fr")
                    .when().post(base + "/api/v1/documents");
            if (r.statusCode() == 201 || r.statusCode() == 200) {
                return r.jsonPath().getLong("id");
            }
            assertTrue(r.statusCode() == 404 || r.statusCode() == 405,
                    "upload to " + base + " answered " + r.statusCode() + ": " + r.asString());
        }
        throw new AssertionError("no upload endpoint answered");
    }

    /** Whether the gateway's OpenAPI document has this operation (other parts of the API are still being built). */
    static boolean gatewayOffers(String method, String path) {
        return given().when().get(Stack.GATEWAY + "/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath().getMap("paths").entrySet().stream()
                .anyMatch(e -> e.getKey().equals(path) && e.getValue() instanceof Map<?, ?> ops && ops.containsKey(method));
    }

    @Test
    @Order(1)
    void landingPageIsPublicAndSignInGoesThroughKeycloak() {
        browser.open("/");
        WebElement signIn = browser.await(By.id("sign-in"));
        assertEquals(Stack.GATEWAY + "/login", signIn.getAttribute("href"));
        browser.screenshot("01-landing");
        browser.signIn("annotator");
        assertTrue(browser.testId("current-user").getText().contains("annotator"));
        assertFalse(browser.driver.findElement(By.id("landing")).isDisplayed());
        // The browser holds a session cookie, never a token it could read.
        Object storage = browser.script("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie");
        assertFalse(String.valueOf(storage).contains("eyJ"), "a token is readable by scripts: " + storage);
    }

    @Test
    @Order(2)
    void libraryListsDocumentsAndShowsHtmlInTitlesAsText() {
        browser.open("/#/library");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='document']")));
        List<WebElement> titles = browser.driver.findElements(By.cssSelector("[data-testid='document'] h3 a"));
        WebElement ours = titles.stream().filter(a -> a.getAttribute("href").endsWith("#/documents/" + documentId))
                .findFirst().orElseThrow(() -> new AssertionError("document " + documentId + " not in the library"));
        assertEquals(HOSTILE_TITLE, ours.getText(), "the title must show its HTML as text");
        assertTrue(ours.findElements(By.tagName("img")).isEmpty() && ours.findElements(By.tagName("script")).isEmpty());
        assertNull(browser.script("return window.__pwned"), "a script payload ran");
        browser.screenshot("03-library");
    }

    @Test
    @Order(3)
    void aRefusedUploadShowsTheServersProblem() throws Exception {
        assertTrue(gatewayOffers("post", "/api/v1/documents"), "the gateway does not take uploads yet");
        java.nio.file.Path empty = java.nio.file.Files.createTempFile("vide-", ".txt");
        try {
            browser.open("/#/library");
            WebElement form = browser.testId("upload-form");
            form.findElement(By.cssSelector("input[type='file']")).sendKeys(empty.toAbsolutePath().toString());
            form.findElement(By.cssSelector("button[type='submit']")).click();
            WebElement problem = browser.testId("upload-problem");
            assertTrue(problem.getText().contains("400") && problem.getText().contains("file"), problem.getText());
            browser.screenshot("03a-upload-refused");
        } finally {
            java.nio.file.Files.deleteIfExists(empty);
        }
    }

    @Test
    @Order(4)
    void searchShowsHighlightedSnippets() {
        assertTrue(gatewayOffers("get", "/api/v1/search"), "the gateway does not offer the search yet");
        browser.open("/#/library");
        WebElement box = browser.await(By.cssSelector("form[role='search'] input[name='q']"));
        box.clear();
        box.sendKeys("réadmission");
        browser.driver.findElement(By.cssSelector("form[role='search'] button[type='submit']")).click();
        WebElement snippet = browser.testId("snippet");
        List<WebElement> marks = snippet.findElements(By.tagName("mark"));
        assertFalse(marks.isEmpty(), "no highlighted word in " + snippet.getText());
        assertTrue(marks.get(0).getText().toLowerCase().startsWith("réadmission"), marks.get(0).getText());
        browser.screenshot("03b-search");
    }

    @Test
    @Order(5)
    void readerShowsTheTextAndASelectionGivesW3cSelectorsInCodePoints() {
        assertTrue(gatewayOffers("get", "/api/v1/documents/{id}/text"),
                "the gateway does not serve document texts yet");
        WebElement text = browser.openDocument(documentId, "réadmission");
        String served = given().auth().oauth2(Tokens.of("annotator")).when()
                .get(Stack.GATEWAY + "/api/v1/documents/" + documentId + "/text").then().statusCode(200).extract().asString();
        assertEquals(served, browser.script("return arguments[0].textContent", text), "page markers must not alter the text");

        browser.select(text, "réadmission");
        WebElement quote = browser.testId("selected-quote");
        assertEquals("réadmission", quote.getText());
        WebElement selector = browser.testId("selector");
        int start = served.codePointCount(0, served.indexOf("réadmission"));
        assertEquals(String.valueOf(start), selector.getAttribute("data-start"));
        assertEquals(String.valueOf(start + "réadmission".length()), selector.getAttribute("data-end"));
        browser.screenshot("04-reader-selection");
    }

    @Test
    @Order(6)
    void markdownCommentWithScriptStaysInert() {
        assertTrue(gatewayOffers("get", "/api/v1/documents/{id}/text"),
                "the gateway does not serve document texts yet");
        WebElement comment = browser.await(By.cssSelector("[data-testid='annotation-form'] textarea"));
        comment.clear();
        comment.sendKeys("**Accord** de réadmission <script>window.__pwned=3</script> <img src=x onerror=\"window.__pwned=4\">");
        WebElement preview = browser.testId("comment-preview");
        assertEquals("Accord", preview.findElement(By.tagName("strong")).getText());
        assertTrue(preview.getText().contains("<script>window.__pwned=3</script>"), preview.getText());
        assertTrue(preview.findElements(By.tagName("script")).isEmpty() && preview.findElements(By.tagName("img")).isEmpty());
        assertNull(browser.script("return window.__pwned"), "a script payload ran");
        browser.screenshot("05-reader-comment");
    }

    @Test
    @Order(7)
    @SuppressWarnings("unchecked")
    void cookieWritesNeedTheSessionCsrfToken() {
        String post = "const [token, done] = [arguments[0], arguments[arguments.length - 1]];"
                + "const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};"
                + "if (token) headers['X-CSRF-Token'] = token;"
                + "fetch('/api/v1/actors', {method: 'POST', headers, body: '{}', credentials: 'same-origin'})"
                + ".then(async r => done({status: r.status, body: await r.text()}), e => done({status: -1, body: String(e)}));";
        Map<String, Object> without = (Map<String, Object>) browser.asyncScript(post, (Object) null);
        assertEquals(403L, without.get("status"), String.valueOf(without));
        assertTrue(String.valueOf(without.get("body")).contains("urn:corridor:problem:csrf"), String.valueOf(without));

        Map<String, Object> wrong = (Map<String, Object>) browser.asyncScript(post, "not-the-token");
        assertEquals(403L, wrong.get("status"), String.valueOf(wrong));

        String token = (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/me', {headers: {'Accept': 'application/json'}}).then(r => r.json()).then(me => done(me.csrfToken));");
        assertNotNull(token);
        Map<String, Object> with = (Map<String, Object>) browser.asyncScript(post, token);
        // Past the CSRF guard, the empty draft meets the ordinary validation.
        assertEquals(400L, with.get("status"), String.valueOf(with));
    }

    @Test
    @Order(8)
    void bearerClientsNeedNoCsrfTokenEvenWithACookie() {
        given().auth().oauth2(Tokens.of("annotator")).contentType("application/json").body("{}")
                .cookie("q_session_web", "forged")
                .when().post(Stack.GATEWAY + "/api/v1/actors")
                .then().statusCode(400).body(not(containsString("csrf")));
        // A bearer caller gets no CSRF token: it has no session to bind one to.
        given().auth().oauth2(Tokens.of("annotator")).when().get(Stack.GATEWAY + "/api/v1/me")
                .then().statusCode(200).body("username", org.hamcrest.Matchers.equalTo("annotator"))
                .body("csrfToken", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @Order(9)
    void actorAndIndicatorPagesRender() {
        // Setup, not a contract check (the actor API's contract is its own tests' subject).
        Response created = given().noFiltersOfType(OpenApiContract.class).auth().oauth2(Tokens.of("curator")).contentType("application/json")
                .body(Map.of("kind", "diaspora_institution", "name", "Haut Conseil des Maliens de l'Extérieur", "country", "MLI"))
                .when().post(Stack.GATEWAY + "/api/v1/actors");
        assertTrue(created.statusCode() == 201 || created.statusCode() == 200 || created.statusCode() == 409, created.asString());
        browser.open("/#/actors");
        browser.await(By.cssSelector("table.data"));
        browser.screenshot("06-actors");
        WebElement first = browser.await(By.cssSelector("table.data tbody a"));
        first.click();
        browser.testId("actor-name");
        // The network graph (a canvas) or what the server said instead.
        browser.wait.until(d -> !d.findElements(By.cssSelector("#network canvas, corridor-actor .alert")).isEmpty());
        browser.screenshot("07-actor");
        browser.await(By.cssSelector("nav a[href='#/indicators']")).click();
        try {
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("corridor-indicators h1")));
        } catch (RuntimeException e) {
            browser.screenshot("08-indicators-failed");
            browser.driver.manage().logs().get("browser").forEach(System.err::println);
            throw e;
        }
        browser.wait.until(d -> !d.findElements(By.cssSelector("corridor-indicators canvas, corridor-indicators .alert")).isEmpty());
        browser.screenshot("08-indicators");
    }

    @Test
    @Order(10)
    void anExpiredSessionIsNoticedAndOffersToSignInAgain() {
        browser.open("/#/library");
        browser.testId("current-user");
        // The session cookie disappears (expiry, sign-out in another tab): the next call gets a 401.
        browser.driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .forEach(c -> browser.driver.manage().deleteCookie(c));
        browser.await(By.cssSelector("form[role='search'] button[type='submit']")).click();
        WebElement banner = browser.testId("session-expired");
        browser.screenshot("09-session-expired");
        banner.findElement(By.tagName("button")).click();
        // Keycloak still knows the browser (SSO cookie): signing in again needs no password.
        browser.testId("current-user");
    }

    @Test
    @Order(11)
    void signOutEndsTheSession() {
        browser.open("/#/library");
        browser.await(By.cssSelector("a[href='/logout']")).click();
        browser.await(By.id("sign-in"));
        Long status = (Long) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/me', {headers: {'Accept': 'application/json'}, redirect: 'manual'}).then(r => done(r.status));");
        assertEquals(401L, status);
    }
}
