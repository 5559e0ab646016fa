package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.BASE;
import static io.corridor.document.rest.Annotations.comment;
import static io.corridor.document.rest.Annotations.create;
import static io.corridor.document.rest.Annotations.post;
import static io.corridor.document.rest.Annotations.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.corridor.document.Fixtures;
import io.corridor.testing.PdfLayouts;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;

/**
 * The annotated PDF export on real layouts: the corpus (../shared/corpus, read in place) set as
 * paginated PDFs, and a page with two columns and a table. Every quote of the corpus facts is
 * annotated in the stored text (TextQuote + TextPosition); the exported file is opened again with
 * PDFBox, and the words inside each highlight's quads (PDFTextStripperByArea) must be exactly the
 * quote, line by line and page by page. Then who sees what: a reader of another team gets a file
 * without the team's and the creator's private annotations.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnotatedPdfExportTest {

    static final String PDF = "application/pdf";
    static final List<String> MOTIVATIONS = List.of("commenting", "highlighting", "questioning", "assessing", "tagging");

    /** A passage annotated in a document, as written: the exported highlight(s) named by its IRI must hold it. */
    record Passage(long document, String iri, String quote, String motivation, String comment, String visibility) {
    }

    static final List<Passage> PASSAGES = new ArrayList<>();
    static final Map<String, Long> PDFS = new LinkedHashMap<>();
    static long layout;
    static long large;
    static long text;
    static Passage teamOnly;
    static Passage privateOne;
    static Passage acrossPages;
    static String reply;

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void anAnnotatorAnnotatesTheCorpusAsPdfs() throws Exception {
        List<CSVRecord> quotes = new ArrayList<>(CorpusIngestTest.csv("facts/figures.csv"));
        quotes.addAll(CorpusIngestTest.csv("facts/relations.csv"));
        String run = Fixtures.unique("pdf");
        int found = 0;
        int i = 0;
        for (CSVRecord row : CorpusIngestTest.csv("manifest.csv")) {
            String file = row.get("file");
            String corpusText = nfc(Files.readString(CorpusIngestTest.CORPUS.resolve(file), StandardCharsets.UTF_8));
            byte[] pdf = PdfLayouts.paginated(row.get("title") + " (" + run + ")", corpusText);
            long id = Uploads.create(file.replaceAll("\\.[a-z]+$", ".pdf"), pdf, PDF, Map.of("title", row.get("title"),
                    "language", row.get("language"), "kind", row.get("kind")));
            PDFS.put(file, id);
            String stored = text(id);
            for (CSVRecord q : quotes) {
                if (!q.get("document").equals(file)) {
                    continue;
                }
                String quote = CorpusIngestTest.collapse(PdfLayouts.clean(nfc(q.get("quote")))).strip();
                int[] at = CorpusIngestTest.find(stored, quote);
                assertNotNull(at, "quote not found in the PDF text of " + file + ": " + quote);
                String motivation = MOTIVATIONS.get(i++ % MOTIVATIONS.size());
                PASSAGES.add(annotate(id, stored, at[0], at[1], motivation, "public"));
                found++;
            }
        }
        assertEquals(quotes.size(), found);

        // a passage across a page break: the last words of page 1 and the first of page 2
        long longest = PDFS.get("sipri-conascipal-livre-blanc-paix-securite.txt");
        String stored = text(longest);
        int pageEnd = given().get("/api/v1/documents/" + longest + "/pages").then().statusCode(200)
                .extract().path("[0].end");
        int start = wordStart(stored, pageEnd - 25);
        int end = wordEnd(stored, pageEnd + 25);
        acrossPages = annotate(longest, stored, start, end, "commenting", "public");
        PASSAGES.add(acrossPages);

        // the team's and the creator's own, on the shortest document
        long communique = PDFS.get("communique-mali-ue-dialogue-migration-2016.txt");
        String communiqueText = text(communique);
        int[] team = CorpusIngestTest.find(communiqueText, "dialogue de haut niveau");
        teamOnly = annotate(communique, communiqueText, team[0], team[1], "questioning", "team");
        int[] own = CorpusIngestTest.find(communiqueText, "questions migratoires");
        privateOne = annotate(communique, communiqueText, own[0], own[1], "commenting", "private");
        PASSAGES.add(teamOnly);
        PASSAGES.add(privateOne);
        reply = create(with(Map.of("motivation", "replying", "target", PASSAGES.get(0).iri(),
                "body", List.of(comment("Source *vérifiée* : voir le rapport."))), "public"));

        // two columns side by side and a ruled table
        String left = "La migration circulaire entre le Mali et la France repose sur des réseaux villageois anciens. "
                + "Les associations de ressortissants financent des écoles, des centres de santé et des adductions d’eau.";
        String right = "Le dialogue de haut niveau de 2016 devait aboutir à un accord de réadmission, que le gouvernement "
                + "malien a finalement refusé de signer sous la pression de la diaspora.";
        List<List<String>> table = List.of(List.of("Pays de résidence", "Effectif", "Source"),
                List.of("Côte d’Ivoire", "403 646", "UNDESA 2024"), List.of("France", "87 530", "UNDESA 2024"));
        layout = Uploads.create("layout.pdf", PdfLayouts.twoColumnsAndTable("Note de synthèse " + run, left, right, table),
                PDF, Map.of("title", "Note de synthèse à deux colonnes"));
        String layoutText = text(layout);
        for (String phrase : List.of("réseaux villageois anciens", "financent des écoles, des centres de santé",
                "accord de réadmission", "refusé de signer sous la pression", "403 646", "Côte d’Ivoire 403 646 UNDESA",
                "87 530 UNDESA 2024")) {
            int[] at = CorpusIngestTest.find(layoutText, phrase);
            assertNotNull(at, phrase + " not in " + layoutText);
            PASSAGES.add(annotate(layout, layoutText, at[0], at[1], "highlighting", "public"));
        }

        // a large file (about 6 MB of picture), which must reach the client whole
        large = Uploads.create("large.pdf", PdfLayouts.textOverNoise("Une page lourde " + run + " avec une image", 1400),
                PDF, Map.of("title", "Page lourde"));
        String largeText = text(large);
        int[] heavy = CorpusIngestTest.find(largeText, "page lourde");
        PASSAGES.add(annotate(large, largeText, heavy[0], heavy[1], "commenting", "public"));

        text = Uploads.create("note.txt", Fixtures.utf8("Une note en texte brut " + run), "text/plain",
                Map.of("title", "Note"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void theAnnotatorsExportHasEveryPassageHighlightedOnItsWords() throws Exception {
        for (long id : documents()) {
            byte[] bytes = export(id);
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                Map<String, List<Highlight>> highlights = highlights(pdf);
                for (Passage p : PASSAGES) {
                    if (p.document() != id) {
                        continue;
                    }
                    List<Highlight> marks = highlights.get(p.iri());
                    assertNotNull(marks, "no highlight for " + p.quote());
                    assertEquals(expected(p.quote()), covered(pdf, marks), "the words inside the quads of " + p.iri());
                    assertDescribed(p, marks);
                }
                long own = PASSAGES.stream().filter(p -> p.document() == id).count();
                assertEquals(own, highlights.size(), "one highlighted passage per visible annotation");
            }
        }
        // a passage across a page break: one highlight per page, the first words on page 1
        try (PDDocument pdf = Loader.loadPDF(export(acrossPages.document()))) {
            List<Highlight> marks = highlights(pdf).get(acrossPages.iri());
            assertEquals(List.of(0, 1), marks.stream().map(Highlight::page).toList());
        }
        assertTrue(export(large).length > 5_000_000, "the large file whole");
        // multi-line passages have one quad per line
        try (PDDocument pdf = Loader.loadPDF(export(layout))) {
            Map<String, List<Highlight>> highlights = highlights(pdf);
            Passage twoLines = PASSAGES.stream().filter(p -> p.document() == layout && p.quote().startsWith("financent")).findFirst().orElseThrow();
            assertEquals(2, highlights.get(twoLines.iri()).get(0).annotation().getQuadPoints().length / 8);
            Passage cells = PASSAGES.stream().filter(p -> p.document() == layout && p.quote().startsWith("Côte")).findFirst().orElseThrow();
            assertEquals(3, highlights.get(cells.iri()).get(0).annotation().getQuadPoints().length / 8, "one quad per cell");
        }
    }

    /** poppler-utils, where installed (CI may lack them): each exported file opens and still reads as its text. */
    @Test
    @Order(3)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void popplerOpensAndReadsTheExports() throws Exception {
        boolean pdfinfo = Files.isExecutable(Path.of("/usr/bin/pdfinfo"));
        boolean pdftotext = Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        assumeTrue(pdfinfo || pdftotext, "poppler-utils not installed");
        for (long id : documents()) {
            Path file = Files.createTempFile("annotated-" + id + "-", ".pdf");
            try {
                Files.write(file, export(id));
                if (pdfinfo) {
                    Result info = run(List.of("/usr/bin/pdfinfo", file.toString()));
                    assertEquals(0, info.exit(), "pdfinfo: " + info.out());
                }
                if (pdftotext) {
                    Result text = run(List.of("/usr/bin/pdftotext", "-enc", "UTF-8", file.toString(), "-"));
                    assertEquals(0, text.exit(), "pdftotext: " + text.out());
                    for (Passage p : PASSAGES) {
                        if (p.document() == id && !p.quote().contains("\n")) {
                            assertTrue(CorpusIngestTest.collapse(text.out()).contains(expected(p.quote())),
                                    "pdftotext reads " + p.quote());
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    @Order(4)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void repliesAreNotesInReplyToTheirHighlight() throws Exception {
        Passage first = PASSAGES.get(0);
        try (PDDocument pdf = Loader.loadPDF(export(first.document()))) {
            PDAnnotationText note = null;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationText t && (BASE + reply).equals(t.getAnnotationName())) {
                        note = t;
                    }
                }
            }
            assertNotNull(note, "the reply is a Text annotation named by its IRI");
            assertEquals(first.iri(), note.getInReplyTo().getAnnotationName());
            assertTrue(note.getInReplyTo() instanceof PDAnnotationHighlight);
            assertEquals("Source vérifiée : voir le rapport.", note.getContents());
            assertEquals("annotator", note.getTitlePopup());
        }
    }

    @Test
    @Order(5)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void anUnchangedExportAnswers304AndAChangeANewETag() {
        long id = teamOnly.document();
        String etag = given().get("/api/v1/documents/" + id + "/annotated.pdf").then().statusCode(200)
                .header("ETag", startsWith("W/\"1-")).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/documents/" + id + "/annotated.pdf").then().statusCode(304)
                .header("ETag", equalTo(etag));
        create(with(Annotations.document("rien " + Fixtures.unique("x")).passage("rien", "commenting", List.of(comment("ailleurs"))), "public"));
        given().header("If-None-Match", etag).get("/api/v1/documents/" + id + "/annotated.pdf").then().statusCode(304);
        int[] at = CorpusIngestTest.find(text(id), "Union européenne");
        annotate(id, text(id), at[0], at[1], "tagging", "private");
        given().header("If-None-Match", etag).get("/api/v1/documents/" + id + "/annotated.pdf").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(equalTo(etag)));
        given().queryParam("version", 1).get("/api/v1/documents/" + id + "/annotated.pdf").then().statusCode(200)
                .contentType(PDF);
        given().queryParam("version", 2).get("/api/v1/documents/" + id + "/annotated.pdf").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("version", "first").get("/api/v1/documents/" + id + "/annotated.pdf").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("version"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "reader", roles = { "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "europe-team"))
    void aReaderOfAnotherTeamGetsOnlyWhatTheyMaySee() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(teamOnly.document()))) {
            Map<String, List<Highlight>> highlights = highlights(pdf);
            assertFalse(highlights.containsKey(teamOnly.iri()), "a team annotation of another team");
            assertFalse(highlights.containsKey(privateOne.iri()), "someone else's private annotation");
            for (Passage p : PASSAGES) {
                if (p.document() == teamOnly.document() && p.visibility().equals("public")) {
                    assertEquals(expected(p.quote()), covered(pdf, highlights.get(p.iri())));
                }
            }
            assertEquals(PASSAGES.stream().filter(p -> p.document() == teamOnly.document() && p.visibility().equals("public")).count(),
                    highlights.size());
            String everything = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(everything.contains("dialogue de haut niveau"), "the page itself is unchanged");
        }
        given().get("/api/v1/documents/" + text + "/annotated.pdf").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("text/plain"));
        given().get("/api/v1/documents/987654321/annotated.pdf").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @Order(7)
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void aDeletedDocumentIsNotFound() {
        given().header("If-Match", "\"0\"").delete("/api/v1/documents/" + layout).then().statusCode(204);
        given().get("/api/v1/documents/" + layout + "/annotated.pdf").then().statusCode(404)
                .contentType("application/problem+json");
    }

    // ------------------------------------------------------------------------------------------

    record Highlight(int page, PDAnnotationHighlight annotation) {
    }

    static List<Long> documents() {
        List<Long> ids = new ArrayList<>(PDFS.values());
        ids.add(layout);
        ids.add(large);
        return ids;
    }

    static Passage annotate(long id, String stored, int start, int end, String motivation, String visibility) {
        String quote = stored.substring(stored.offsetByCodePoints(0, start), stored.offsetByCodePoints(0, end));
        String comment = "**" + motivation + "** n° " + PASSAGES.size() + " : *à relire*";
        Map<String, Object> annotation = Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "type", "Annotation",
                "motivation", motivation, "visibility", visibility,
                "body", List.of(comment(comment), Annotations.tag("corpus")),
                "target", Map.of("source", BASE + "/api/v1/documents/" + id, "selector", List.of(
                        Map.of("type", "TextQuoteSelector", "exact", quote),
                        Map.of("type", "TextPositionSelector", "start", start, "end", end))));
        String location = post(annotation).then().statusCode(201).body("target.selector[1].start", equalTo(start))
                .extract().header("Location");
        return new Passage(id, BASE + location, quote, motivation,
                motivation + " n° " + PASSAGES.size() + " : à relire\n\nTags: corpus", visibility);
    }

    static byte[] export(long id) {
        return given().get("/api/v1/documents/" + id + "/annotated.pdf").then().statusCode(200).contentType(PDF)
                .header("Content-Disposition", startsWith("attachment; filename=\""))
                .header("Content-Disposition", containsString("-annotated.pdf\"; filename*=UTF-8''"))
                .extract().asByteArray();
    }

    /** The highlights of a file by their name (NM, the annotation's IRI), each with its page index. */
    static Map<String, List<Highlight>> highlights(PDDocument pdf) throws IOException {
        Map<String, List<Highlight>> byName = new LinkedHashMap<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            for (PDAnnotation a : pdf.getPage(i).getAnnotations()) {
                if (a instanceof PDAnnotationHighlight h) {
                    byName.computeIfAbsent(h.getAnnotationName(), k -> new ArrayList<>()).add(new Highlight(i, h));
                }
            }
        }
        return byName;
    }

    /**
     * The text inside a passage's quads, page after page and quad after quad: PDFBox's own
     * extraction by area, each quad's rectangle a region (top-left origin); its right edge is
     * open, so the glyph just after the passage, which starts exactly there, is not counted.
     */
    static String covered(PDDocument pdf, List<Highlight> marks) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Highlight mark : marks) {
            PDPage page = pdf.getPage(mark.page());
            float height = page.getMediaBox().getHeight();
            float[] q = mark.annotation().getQuadPoints();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            for (int i = 0; i < q.length / 8; i++) {
                float minX = Math.min(q[8 * i], q[8 * i + 4]);
                float maxX = Math.max(q[8 * i + 2], q[8 * i + 6]);
                float maxY = Math.max(q[8 * i + 1], q[8 * i + 3]);
                float minY = Math.min(q[8 * i + 5], q[8 * i + 7]);
                stripper.addRegion("q" + i, new Rectangle2D.Float(minX, height - maxY, maxX - minX - 0.01f, maxY - minY));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < q.length / 8; i++) {
                text.append(stripper.getTextForRegion("q" + i)).append(' ');
            }
        }
        return expected(text.toString());
    }

    static String expected(String quote) {
        return CorpusIngestTest.collapse(quote).strip();
    }

    /** Contents, author, subject, colour, dates and popup of each highlight of a passage. */
    static void assertDescribed(Passage p, List<Highlight> marks) {
        var json = given().get(p.iri().substring(BASE.length())).then().statusCode(200).extract().jsonPath();
        OffsetDateTime created = OffsetDateTime.parse(json.getString("created"));
        OffsetDateTime modified = OffsetDateTime.parse(json.getString("modified"));
        for (Highlight mark : marks) {
            PDAnnotationHighlight h = mark.annotation();
            assertEquals(p.comment(), h.getContents());
            assertEquals("annotator", h.getTitlePopup());
            assertEquals(p.motivation(), h.getSubject());
            assertEquals(created.toEpochSecond(), h.getCreationDate().toInstant().getEpochSecond());
            assertEquals(modified.toEpochSecond(), h.getModifiedDate() == null ? -1
                    : org.apache.pdfbox.util.DateConverter.toCalendar(h.getModifiedDate()).toInstant().getEpochSecond());
            assertEquals(3, h.getColor().getComponents().length);
            assertNotNull(h.getAppearance(), "an appearance stream, for viewers that draw no highlights themselves");
            PDAnnotationPopup popup = h.getPopup();
            assertNotNull(popup);
            assertEquals(h.getCOSObject(), popup.getParent().getCOSObject());
        }
        float[] colour = marks.get(0).annotation().getColor().getComponents();
        assertTrue(colour[0] > 0.5f || colour[1] > 0.5f || colour[2] > 0.5f, "a light colour to read through");
    }

    record Result(int exit, String out) {
    }

    static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " timed out");
        return new Result(process.exitValue(), out);
    }

    static String text(long id) {
        return new String(given().get("/api/v1/documents/" + id + "/text").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
    }

    static String nfc(String s) {
        return Normalizer.normalize(s.replace("\r\n", "\n"), Normalizer.Form.NFC);
    }

    static int wordStart(String text, int codePoint) {
        int i = text.offsetByCodePoints(0, codePoint);
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return text.codePointCount(0, i);
    }

    static int wordEnd(String text, int codePoint) {
        int i = text.offsetByCodePoints(0, codePoint);
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.codePointCount(0, i);
    }
}
