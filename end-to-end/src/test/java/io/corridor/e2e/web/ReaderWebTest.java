package io.corridor.e2e.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.corridor.bench.PdfRenderer;
import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.response.Response;

/**
 * The reader at real scale and in the document's own layout (issue #19), against the real stack:
 * reflowed text keeps exact offsets; a PDF's page view (PDF.js) and the text view produce the same
 * W3C selectors and show each other's annotations; a two-column PDF with a table maps its text
 * layer onto the stored text; 5,000 annotations are all loaded, listed and highlighted. No timing
 * is asserted here: the reader's speed is the benchmark's business (bench: ReaderBrowser).
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderWebTest {

    static final String WHITE_PAPER = "sipri-conascipal-livre-blanc-paix-securite.txt";
    static final String COMMUNIQUE = "communique-mali-ue-dialogue-migration-2016.txt";
    /** Over the reader's page of 5,000: its second page is asked and applied too. */
    static final int MANY = 5_200;
    static final int IMPORT_BATCH = 500;
    static final String[] MOTIVATIONS = { "commenting", "tagging", "identifying", "questioning" };
    /** Unique per run: the shared stack keeps the documents of earlier runs, and identical bytes are one document. */
    static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    static Path corpus;
    static Browser annotator;

    @BeforeAll
    static void start() {
        corpus = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"));
        annotator = new Browser();
        annotator.signIn("annotator");
    }

    @AfterAll
    static void stop() {
        if (annotator != null) {
            annotator.close();
        }
    }

    @Test
    @Order(1)
    void reflowedTextShowsLineBreaksAsSpacesAndKeepsExactOffsets() throws IOException {
        String file = WHITE_PAPER;
        long id = upload(file, (Files.readString(corpus.resolve(file)) + "\n(" + RUN + ")\n").getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8", "Livre blanc (reflow " + RUN + ")");
        String text = text(id);
        WebElement scope = annotator.openDocument(id, "Depuis 2012");
        // The DOM's text is the stored text, character for character; line breaks inside paragraphs are soft breaks.
        assertEquals(text, annotator.script("return arguments[0].textContent", scope));
        long soft = (Long) annotator.script("return arguments[0].querySelectorAll('.soft-break').length", scope);
        assertTrue(soft > 500, "soft breaks: " + soft);

        // A selection across a reflowed line break: from 12 units before a soft break (the 20th or so) to 12 after it.
        @SuppressWarnings("unchecked")
        Map<String, Object> sel = (Map<String, Object>) annotator.script("""
                const scope = arguments[0];
                const isText = (n) => n?.nodeType === Node.TEXT_NODE && n.length >= 12;
                const soft = [...scope.querySelectorAll('.soft-break')].slice(20)
                  .find((s) => isText(s.previousSibling) && isText(s.nextSibling));
                const before = soft.previousSibling, after = soft.nextSibling;
                const range = document.createRange();
                range.setStart(before, before.length - 12);
                range.setEnd(after, 12);
                const head = document.createRange();
                head.setStart(scope, 0);
                head.setEnd(before, before.length - 12);
                const start = head.toString().length;
                // shown on one line: the soft break's box is no taller than a line
                const lineHeight = parseFloat(getComputedStyle(scope).lineHeight);
                const softHeight = soft.getBoundingClientRect().height;
                const selection = document.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                return { start, end: start + range.toString().length, soft: soft.textContent, softHeight, lineHeight };
                """, scope);
        assertTrue(String.valueOf(sel.get("soft")).contains("\n"), sel.toString());
        assertTrue(((Number) sel.get("softHeight")).doubleValue() <= ((Number) sel.get("lineHeight")).doubleValue() * 1.2,
                "a soft break shows as a space on its line: " + sel);
        int startUnit = ((Number) sel.get("start")).intValue();
        int endUnit = ((Number) sel.get("end")).intValue();
        int start = text.codePointCount(0, startUnit);
        int end = text.codePointCount(0, endUnit);
        String exact = text.substring(startUnit, endUnit);
        assertTrue(exact.contains("\n"), exact);

        WebElement popover = annotator.testId("annotation-popover");
        WebElement selector = annotator.testId("selector");
        assertEquals(String.valueOf(start), selector.getAttribute("data-start"));
        assertEquals(String.valueOf(end), selector.getAttribute("data-end"));
        String tag = "reflow" + RUN;
        popover.findElement(By.cssSelector("[data-testid='tags-input']")).sendKeys(tag);
        annotator.screenshot("20-reader-reflowed-selection");
        popover.findElement(By.cssSelector("button[type='submit']")).click();
        annotator.wait.until(d -> !d.findElements(By.cssSelector("[data-testid='annotation'][data-tags~='" + tag + "']")).isEmpty());

        // Stored with the stored text's offsets and quote (its "\n" kept), as the server checked them.
        Map<String, Object> stored = storedWithTag(id, tag);
        assertEquals(Map.of("start", start, "end", end), position(stored));
        assertEquals(exact, quote(stored));
        annotator.wait.until(d -> highlighted(annotator).contains(exact.trim()));
        annotator.script("window.scrollTo(0, 0)");
        annotator.screenshot("20-reader-reflowed");
    }

    @Test
    @Order(2)
    void anAnnotationMadeOnThePdfPageIsInTheTextViewAtTheSameOffsetsAndTheReverse() throws IOException {
        String name = "communique-" + RUN + ".pdf";
        PdfRenderer.Pdf pdf = new PdfRenderer().render(name, "Communiqué " + RUN, Files.readString(corpus.resolve(COMMUNIQUE)));
        long id = upload(name, pdf.bytes(), "application/pdf", "Communiqué conjoint (PDF " + RUN + ")");
        String text = text(id);

        openLayout(id);
        WebElement page1 = annotator.await(By.cssSelector(".pdf-page[data-page='1'][data-rendered]"));
        assertNull(page1.getAttribute("data-textless"), "page 1's text layer was not aligned to the stored text");
        // A passage inside one line of the page: characters 4 to 34 of its longest text item.
        @SuppressWarnings("unchecked")
        Map<String, Object> picked = (Map<String, Object>) annotator.script("""
                const spans = [...arguments[0].querySelectorAll('.textLayer span')].filter(s => s.textContent.length > 60);
                const span = spans[2];
                const range = document.createRange();
                range.setStart(span.firstChild, 4);
                range.setEnd(span.firstChild, 34);
                const selection = document.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                return { phrase: range.toString(), other: spans[6].textContent.substring(3, 33) };
                """, page1);
        String phrase = (String) picked.get("phrase");
        int at = text.indexOf(phrase);
        assertTrue(at >= 0 && text.indexOf(phrase, at + 1) < 0, "the passage is once in the stored text: " + phrase);
        int start = text.codePointCount(0, at);
        int end = start + phrase.codePointCount(0, phrase.length());
        WebElement selector = annotator.testId("selector");
        assertEquals(String.valueOf(start), selector.getAttribute("data-start"), phrase);
        assertEquals(String.valueOf(end), selector.getAttribute("data-end"), phrase);
        assertEquals(phrase, annotator.testId("selected-quote").getDomProperty("textContent"));
        String pageTag = "page" + RUN;
        annotator.testId("annotation-popover").findElement(By.cssSelector("[data-testid='tags-input']")).sendKeys(pageTag);
        annotator.testId("annotation-popover").findElement(By.cssSelector("button[type='submit']")).click();
        annotator.wait.until(d -> highlighted(annotator).contains(phrase.trim()));
        annotator.screenshot("21-reader-pdf-layout");
        Map<String, Object> stored = storedWithTag(id, pageTag);
        assertEquals(Map.of("start", start, "end", end), position(stored));
        assertEquals(phrase, quote(stored));

        // The text view: the same annotation highlighted over the same code points.
        annotator.testId("view-text").click();
        WebElement scope = annotator.testId("document-text");
        annotator.wait.until(d -> highlighted(annotator).contains(phrase.trim()));
        @SuppressWarnings("unchecked")
        List<Number> offsets = (List<Number>) annotator.script("""
                const [scope, phrase] = arguments;
                for (const h of CSS.highlights.values()) for (const r of h) {
                  const range = document.createRange();
                  range.setStart(r.startContainer, r.startOffset);
                  range.setEnd(r.endContainer, r.endOffset);
                  if (range.toString() !== phrase || !scope.contains(r.startContainer)) continue;
                  const head = document.createRange();
                  head.setStart(scope, 0);
                  head.setEnd(r.startContainer, r.startOffset);
                  return [head.toString().length, head.toString().length + phrase.length];
                }
                return null;""", scope, phrase);
        assertNotNull(offsets, "no highlight of " + phrase + " in the text view");
        assertEquals(start, text.codePointCount(0, offsets.get(0).intValue()));
        assertEquals(end, text.codePointCount(0, offsets.get(1).intValue()));

        // The reverse: annotated in the text view, highlighted on the page.
        String other = (String) picked.get("other");
        annotator.select(scope, other);
        int otherAt = text.indexOf(other);
        String textTag = "texte" + RUN;
        annotator.testId("annotation-popover").findElement(By.cssSelector("[data-testid='tags-input']")).sendKeys(textTag);
        annotator.testId("annotation-popover").findElement(By.cssSelector("button[type='submit']")).click();
        annotator.wait.until(d -> !d.findElements(By.cssSelector("[data-testid='annotation'][data-tags~='" + textTag + "']")).isEmpty());
        assertEquals(Map.of("start", text.codePointCount(0, otherAt), "end", text.codePointCount(0, otherAt + other.length())),
                position(storedWithTag(id, textTag)));
        annotator.testId("view-layout").click();
        annotator.wait.until(d -> highlightedOnPage(annotator).contains(other.trim()));

        // Switching views keeps the reading position: page 2 in the text view is page 2 on screen in the layout view.
        annotator.testId("view-text").click();
        annotator.script("document.querySelector(\"[data-page-marker='2']\").scrollIntoView({block: 'start'})");
        annotator.testId("view-layout").click();
        annotator.wait.until(d -> "2".equals(annotator.script("""
                const pages = [...document.querySelectorAll('.pdf-page')];
                const top = pages.find(p => p.getBoundingClientRect().bottom > window.innerHeight / 3);
                return top ? top.dataset.page : null;""")));

        // The annotated PDF, downloaded with the browser's session: a PDF, larger than the original by the two
        // highlights (their content is checked with PDFBox and poppler in the document-service's AnnotatedPdfExportTest).
        String link = annotator.testId("annotated-pdf-link").getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) annotator.asyncScript("""
                const done = arguments[arguments.length - 1];
                const get = (url) => fetch(url).then(async r => ({status: r.status, type: r.headers.get('Content-Type'),
                    bytes: new Uint8Array(await r.arrayBuffer())}));
                Promise.all([get(arguments[0]), get(arguments[1])]).then(([annotated, original]) => done({
                    status: annotated.status, type: annotated.type, length: annotated.bytes.length,
                    base64: btoa(Array.from(annotated.bytes, (b) => String.fromCharCode(b)).join('')),
                    head: new TextDecoder('latin1').decode(annotated.bytes.slice(0, 5)), original: original.bytes.length}));""",
                link, "/api/v1/documents/" + id + "/versions/1/original");
        assertEquals(200L, download.get("status"), link + ": " + download.get("type"));
        assertEquals("application/pdf", download.get("type"));
        assertEquals("%PDF-", download.get("head"));
        assertTrue((Long) download.get("length") > (Long) download.get("original"), "annotated vs original");
        // PDFBox finds both highlights on their page; then opened as a reader would: poppler reads it and its text
        byte[] annotated = java.util.Base64.getDecoder().decode((String) download.get("base64"));
        Path file = Files.createTempFile("annotated-", ".pdf");
        Files.write(file, annotated);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(annotated)) {
            long highlights = 0;
            for (PDPage p : doc.getPages()) {
                highlights += p.getAnnotations().stream().filter(a -> "Highlight".equals(a.getSubtype())).count();
            }
            assertEquals(2, highlights, "the two annotations made in the views are the PDF's highlights");
        }
        // poppler last: a machine without it still checks the highlights above (./corridor test installs it)
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfinfo"))
                && Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils not installed");
        assertTrue(poppler("/usr/bin/pdfinfo", file.toString()).contains("Pages:"), "pdfinfo opens the annotated PDF");
        String popplerText = poppler("/usr/bin/pdftotext", "-enc", "UTF-8", file.toString(), "-").replaceAll("\\s+", " ");
        assertTrue(popplerText.contains(phrase.trim().replaceAll("\\s+", " ")), "pdftotext reads the annotated page: " + phrase);
    }

    /** A poppler tool's output; it must exit 0. */
    static String poppler(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), String.join(" ", command) + " timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    @Test
    @Order(3)
    void aTwoColumnPdfWithATableMapsItsTextLayerOntoTheStoredText() throws IOException {
        String name = "deux-colonnes-" + RUN + ".pdf";
        long id = upload(name, twoColumnsAndTable(), "application/pdf", "Deux colonnes et un tableau (" + RUN + ")");
        String text = text(id);
        openLayout(id);
        WebElement page = annotator.await(By.cssSelector(".pdf-page[data-page='1'][data-rendered]"));
        assertNull(page.getAttribute("data-textless"));
        for (String phrase : List.of("colonne droite, ligne 3", "colonne gauche, ligne 5", "Cellule B2 " + RUN)) {
            annotator.script("""
                    const [page, phrase] = arguments;
                    const span = [...page.querySelectorAll('.textLayer span')].find(s => s.textContent.includes(phrase));
                    if (!span) throw new Error('not on the page: ' + phrase);
                    const at = span.textContent.indexOf(phrase);
                    const range = document.createRange();
                    range.setStart(span.firstChild, at);
                    range.setEnd(span.firstChild, at + phrase.length);
                    const selection = document.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);""", page, phrase);
            int at = text.indexOf(phrase);
            assertTrue(at >= 0, "PDFBox's text has " + phrase + ": " + text);
            annotator.wait.until(d -> phrase.equals(annotator.testId("selected-quote").getDomProperty("textContent")));
            assertEquals(String.valueOf(text.codePointCount(0, at)), annotator.testId("selector").getAttribute("data-start"), phrase);
        }
        annotator.screenshot("23-reader-pdf-two-columns");
    }

    @Test
    @Order(4)
    void fiveThousandAnnotationsAreAllLoadedListedAndHighlighted() throws IOException {
        String file = WHITE_PAPER;
        long id = upload(file, (Files.readString(corpus.resolve(file)) + "\n(" + RUN + " x5000)\n").getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8", "Livre blanc (5000 " + RUN + ")");
        String text = text(id);
        List<Map<String, Object>> seeded = seed(id, text, MANY);
        long tagging = seeded.stream().filter(a -> "tagging".equals(a.get("motivation"))).count();

        annotator.open("/#/library");
        annotator.wait.until(d -> d.findElements(By.tagName("corridor-reader")).isEmpty());
        WebElement scope = annotator.openDocument(id, "Depuis 2012");
        WebDriverWait slow = new WebDriverWait(annotator.driver, Duration.ofSeconds(90));
        WebElement progress = slow.until(d -> {
            WebElement p = d.findElement(By.cssSelector("[data-testid='annotation-progress']"));
            return "true".equals(p.getAttribute("data-complete")) ? p : null;
        });
        assertEquals(String.valueOf(MANY), progress.getAttribute("data-total"));
        assertEquals(String.valueOf(MANY), progress.getAttribute("data-loaded"));
        assertEquals(String.valueOf(MANY), progress.getAttribute("data-highlightable"), "every annotation handed to the painter");
        assertEquals(String.valueOf(MANY), annotator.testId("annotation-list").getAttribute("data-rows"));
        assertTrue(annotator.testId("annotation-count").getText().startsWith(MANY + " "));
        annotator.screenshot("22-reader-5000");

        // Highlighted where the reader is: the first passage at the top, the last one at the end.
        String first = exactOf(seeded.get(0));
        String last = exactOf(seeded.get(seeded.size() - 1));
        annotator.wait.until(d -> highlighted(annotator).contains(first.trim()));
        // A layout change without a scroll (the text set smaller, as a side panel or a web font moves it) registers the
        // passages it brought into view: the viewport's last quarter, below the window computed at ready, shows some.
        annotator.script("arguments[0].style.fontSize = '40%'; arguments[0].style.lineHeight = '1.2';", scope);
        annotator.wait.until(d -> highlightedLowIn(annotator, 0.75));
        annotator.script("arguments[0].style.fontSize = ''; arguments[0].style.lineHeight = '';", scope);
        annotator.script("arguments[0].lastElementChild.scrollIntoView({block: 'end'})", scope);
        annotator.wait.until(d -> highlighted(annotator).contains(last.trim()));
        // The list holds 5,000 rows, a few in the DOM: its last row shows once scrolled there.
        annotator.script("const s = document.querySelector('.annotation-scroller'); s.scrollTop = s.scrollHeight;");
        annotator.await(By.cssSelector("[data-testid='annotation'][aria-posinset='" + MANY + "']"));
        assertTrue(annotator.driver.findElements(By.cssSelector("[data-testid='annotation']")).size() < 100, "the list is virtualised");

        // A filter applies to the list and to the highlights.
        new org.openqa.selenium.support.ui.Select(annotator.testId("filter-motivation")).selectByValue("tagging");
        annotator.wait.until(d -> annotator.testId("annotation-count").getText().startsWith(tagging + " "));
        @SuppressWarnings("unchecked")
        Map<String, Long> sizes = (Map<String, Long>) annotator.script(
                "return Object.fromEntries([...CSS.highlights].map(([k, h]) => [k, h.size]))");
        sizes.forEach((k, n) -> assertTrue(n == 0 || k.equals("motivation-tagging"), "highlighted with the filter on: " + sizes));
        assertTrue(sizes.getOrDefault("motivation-tagging", 0L) > 0, sizes.toString());
    }

    // --- seeding and helpers

    /** A document's page view, reached from another page (a new reader, not the previous document's). */
    static void openLayout(long id) {
        annotator.open("/#/library");
        annotator.wait.until(d -> d.findElements(By.tagName("corridor-reader")).isEmpty());
        annotator.open("/#/documents/" + id + "?view=layout");
    }

    /** Annotations spread over the whole text, created through the API's bulk path (imports). */
    static List<Map<String, Object>> seed(long id, String text, int count) {
        int length = text.codePointCount(0, text.length());
        List<Map<String, Object>> annotations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = (int) ((long) i * (length - 80) / count);
            int end = start + 12 + (i * 7) % 50;
            String exact = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            annotations.add(Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "type", "Annotation",
                    "motivation", MOTIVATIONS[i % MOTIVATIONS.length],
                    "body", List.of(Map.of("type", "TextualBody", "value", "lot" + (i % 9), "purpose", "tagging")),
                    "target", Map.of("source", Stack.GATEWAY + "/api/v1/documents/" + id, "selector", List.of(
                            Map.of("type", "TextQuoteSelector", "exact", exact),
                            Map.of("type", "TextPositionSelector", "start", start, "end", end)))));
        }
        // In imports of 500: one import of 5,000 (the API's limit) outlasts the gateway's timeout on a loaded machine.
        for (int from = 0; from < count; from += IMPORT_BATCH) {
            List<Map<String, Object>> batch = annotations.subList(from, Math.min(count, from + IMPORT_BATCH));
            Response r = given().noFilters().auth().oauth2(Tokens.of("annotator")).contentType("application/ld+json")
                    .body(batch).queryParam("document", id).when().post(Stack.GATEWAY + "/api/v1/annotations/import");
            assertEquals(200, r.statusCode(), r.asString());
            assertEquals(batch.size(), r.jsonPath().getInt("anchored"), r.asString());
        }
        return annotations;
    }

    @SuppressWarnings("unchecked")
    static String exactOf(Map<String, Object> annotation) {
        Map<String, Object> target = (Map<String, Object>) annotation.get("target");
        return (String) ((List<Map<String, Object>>) target.get("selector")).get(0).get("exact");
    }

    /** Two columns of text, then a 3 × 3 table with ruled cells: what PDF.js and PDFBox must read alike. */
    static byte[] twoColumnsAndTable() throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            float top = PDRectangle.A4.getHeight() - 60;
            try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
                for (int column = 0; column < 2; column++) {
                    c.beginText();
                    c.setFont(font, 10);
                    c.setLeading(14);
                    c.newLineAtOffset(column == 0 ? 56 : 310, top);
                    for (int line = 1; line <= 12; line++) {
                        c.showText("Texte de la colonne " + (column == 0 ? "gauche" : "droite") + ", ligne " + line + " ("
                                + RUN + ").");
                        c.newLine();
                    }
                    c.endText();
                }
                float tableTop = top - 14 * 14;
                float[] xs = { 56, 216, 376, 536 };
                for (int row = 0; row <= 3; row++) {
                    c.moveTo(xs[0], tableTop - row * 24);
                    c.lineTo(xs[3], tableTop - row * 24);
                }
                for (float x : xs) {
                    c.moveTo(x, tableTop);
                    c.lineTo(x, tableTop - 3 * 24);
                }
                c.stroke();
                for (int row = 0; row < 3; row++) {
                    for (int col = 0; col < 3; col++) {
                        c.beginText();
                        c.setFont(font, 10);
                        c.newLineAtOffset(xs[col] + 6, tableTop - row * 24 - 16);
                        c.showText("Cellule " + (char) ('A' + col) + (row + 1) + " " + RUN);
                        c.endText();
                    }
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    static long upload(String fileName, byte[] bytes, String type, String title) {
        Response upload = given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart("file", fileName, bytes, type)
                .multiPart("title", title, "text/plain; charset=UTF-8")
                .multiPart("kind", "white_paper").multiPart("language", "fr")
                .when().post(Stack.GATEWAY + "/api/v1/documents");
        assertTrue(upload.statusCode() == 201 || upload.statusCode() == 200, upload.asString());
        return upload.jsonPath().getLong("id");
    }

    static String text(long id) {
        return given().noFilters().auth().oauth2(Tokens.of("annotator")).when()
                .get(Stack.GATEWAY + "/api/v1/documents/" + id + "/text").then().statusCode(200).extract().asString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> storedWithTag(long id, String tag) {
        List<Map<String, Object>> items = given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .accept("application/ld+json").queryParam("document", id).queryParam("tag", tag)
                .when().get(Stack.GATEWAY + "/api/v1/annotations/").then().statusCode(200).extract()
                .jsonPath().getList("first.items");
        assertEquals(1, items.size(), String.valueOf(items));
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> selectors(Map<String, Object> annotation) {
        Object target = annotation.get("target");
        Map<String, Object> t = (Map<String, Object>) (target instanceof List<?> l ? l.get(0) : target);
        Object selector = t.get("selector");
        return selector instanceof List<?> l ? (List<Map<String, Object>>) l : List.of((Map<String, Object>) selector);
    }

    static Map<String, Object> position(Map<String, Object> annotation) {
        Map<String, Object> p = selectors(annotation).stream().filter(s -> "TextPositionSelector".equals(s.get("type")))
                .findFirst().orElseThrow();
        return Map.of("start", ((Number) p.get("start")).intValue(), "end", ((Number) p.get("end")).intValue());
    }

    static String quote(Map<String, Object> annotation) {
        return (String) selectors(annotation).stream().filter(s -> "TextQuoteSelector".equals(s.get("type"))).findFirst()
                .orElseThrow().get("exact");
    }

    /**
     * Scrolls the text view until {@code passage} (its first occurrence) is in the middle of the viewport, as a reader
     * scrolls to look at it: the painter registers the highlights around the viewport only (reader/highlights.ts).
     * Waits for the text view first: after a load the annotations' list can be there before it, which waits for the
     * text and its pages (a clean-clone CI run met that after AnnotationWebTest's reload).
     */
    static void bringIntoView(Browser b, String passage) {
        b.wait.until(d -> (Boolean) b.script(Browser.RANGE_OF + """
                const scope = document.querySelector('[data-testid=document-text]');
                const range = scope && rangeOf(scope, arguments[0]);
                if (!range) {
                  return false;
                }
                range.startContainer.parentElement.scrollIntoView({ block: 'center' });
                return true;
                """, passage));
    }

    /**
     * JavaScript declaring {@code highlightRanges()}: the live Ranges of every StaticRange the reader registered with
     * the CSS Custom Highlight API (a StaticRange has no text or box to read). A script that needs it starts with this.
     */
    static final String HIGHLIGHT_RANGES = """
            function highlightRanges() {
              return [...CSS.highlights.values()].flatMap(h => [...h]).map(r => {
                const range = document.createRange();
                range.setStart(r.startContainer, r.startOffset);
                range.setEnd(r.endContainer, r.endOffset);
                return range;
              });
            }
            """;

    /**
     * The texts the reader's highlights cover now, trimmed: on a PDF page a highlight runs from the first to the last
     * letter of its passage. Only the passages around the viewport are registered: see {@link #bringIntoView}.
     */
    @SuppressWarnings("unchecked")
    static List<String> highlighted(Browser b) {
        return (List<String>) b.script(HIGHLIGHT_RANGES + """
                return highlightRanges().map(range => range.toString().trim());""");
    }

    /** Whether a highlight begins in the viewport, below {@code fraction} of its height. */
    static boolean highlightedLowIn(Browser b, double fraction) {
        return (Boolean) b.script(HIGHLIGHT_RANGES + """
                return highlightRanges().some(range => {
                  const top = range.getBoundingClientRect().top;
                  return top >= innerHeight * arguments[0] && top < innerHeight;
                });""", fraction);
    }

    /** The same, for ranges over the PDF page's text layer only. */
    @SuppressWarnings("unchecked")
    static List<String> highlightedOnPage(Browser b) {
        return (List<String>) b.script(HIGHLIGHT_RANGES + """
                return highlightRanges()
                  .filter(range => range.startContainer.parentElement?.closest('.textLayer'))
                  .map(range => range.toString().trim());""");
    }
}
