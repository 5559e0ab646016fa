package io.corridor.document.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.corridor.document.Fixtures;
import io.corridor.document.PageRange;
import io.corridor.support.problem.ProblemException;

/** Extraction on its own, with files generated here: formats, normalisation, pages and refusals. */
class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor(20_000_000);

    @Test
    void pdfKeepsAccentsAndTypographicApostrophesAndNumbersPages() {
        String p1 = "L’État malien et la réadmission";
        String p2 = "Deuxième page : l’accord de Cotonou";
        Extraction e = extractor.extract(Fixtures.pdf(List.of(p1, p2)), "application/pdf", "accord.pdf");
        assertEquals(Format.PDF, e.format());
        assertFalse(e.noTextLayer());
        assertEquals(2, e.pages().size());
        PageRange first = e.pages().get(0);
        PageRange second = e.pages().get(1);
        assertEquals(0, first.start());
        assertEquals(first.end(), second.start());
        assertEquals(e.textLength(), second.end());
        assertTrue(cp(e.text(), first).contains(p1), cp(e.text(), first));
        assertTrue(cp(e.text(), second).contains(p2), cp(e.text(), second));
    }

    @Test
    void pageOffsetsCountCodePointsNotUtf16Units() {
        // U+1D11E (musical G clef) is outside the BMP: two UTF-16 units, one code point. Helvetica
        // cannot draw it, so place it in text and check the text normaliser and offset maths instead.
        String text = "a\uD834\uDD1Eb";
        assertEquals(3, text.codePointCount(0, text.length()));
        Extraction e = extractor.extract(Fixtures.utf8(text), "text/plain", "clef.txt");
        assertEquals(3, e.textLength());
    }

    @Test
    void docxKeepsAccentsAndApostrophes() {
        Extraction e = extractor.extract(Fixtures.docx(List.of("Les Maliens de l’extérieur", "Réadmissions refusées")),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "note.docx");
        assertEquals(Format.DOCX, e.format());
        assertTrue(e.text().contains("Les Maliens de l’extérieur"), e.text());
        assertTrue(e.text().contains("Réadmissions refusées"), e.text());
        assertNull(e.pages());
    }

    @Test
    void odtKeepsAccentsAndIsRecognisedWithoutADeclaredType() {
        Extraction e = extractor.extract(Fixtures.odt(List.of("Les Maliens de l’extérieur", "Réadmissions refusées")),
                "application/octet-stream", null);
        assertEquals(Format.ODT, e.format());
        assertTrue(e.text().contains("Les Maliens de l’extérieur\n"), e.text());
        assertTrue(e.text().contains("Réadmissions refusées"), e.text());
        assertNull(e.pages());
    }

    @Test
    void formatComesFromTheBytesWhenNothingIsDeclared() {
        Extraction e = extractor.extract(Fixtures.docx(List.of("Sans nom")), "application/octet-stream", null);
        assertEquals(Format.DOCX, e.format());
    }

    @Test
    void textIsNfcWithUnixLineEnds() {
        // "é" as e + combining acute, Windows line ends
        Extraction e = extractor.extract(Fixtures.utf8("re\u0301admission\r\nligne 2\rligne 3"), "text/plain", "a.txt");
        assertEquals("réadmission\nligne 2\nligne 3", e.text());
        assertEquals(Format.TEXT, e.format());
    }

    @Test
    void windows1252AndLatin1AreRecognised() {
        String text = "L’État a signé l’accord de réadmission — enfin.";
        Extraction cp1252 = extractor.extract(Fixtures.text(text, Charset.forName("windows-1252")), "text/plain", "a.txt");
        assertEquals(text, cp1252.text());
        String latin = "Réfugiés, sécurité, coopération";
        Extraction latin1 = extractor.extract(Fixtures.text(latin, StandardCharsets.ISO_8859_1), "text/plain", "b.txt");
        assertEquals(latin, latin1.text());
    }

    @Test
    void markdownIsKeptAsWritten() {
        String md = "# Titre\n\nTransferts de fonds : **1,867**\n";
        Extraction e = extractor.extract(Fixtures.utf8(md), "text/markdown", "f.md");
        assertEquals(Format.MARKDOWN, e.format());
        assertEquals(md, e.text());
    }

    @Test
    void htmlGivesItsText() {
        String html = "<!DOCTYPE html><html><head><title>t</title></head><body><h1>Réadmission</h1><p>L’accord &amp; la <b>coopération</b></p></body></html>";
        Extraction e = extractor.extract(Fixtures.utf8(html), "text/html", "page.html");
        assertEquals(Format.HTML, e.format());
        assertTrue(e.text().contains("Réadmission"), e.text());
        assertTrue(e.text().contains("L’accord & la coopération"), e.text());
        assertFalse(e.text().contains("<b>"));
    }

    @Test
    void pdfWithoutTextLayerIsKeptAndFlagged() {
        Extraction e = extractor.extract(Fixtures.pdfWithoutText(), "application/pdf", "scan.pdf");
        assertTrue(e.noTextLayer());
        assertEquals(1, e.pages().size());
    }

    @Test
    void refusalsNameTheFileField() {
        assertRefused(400, new byte[0], "text/plain", "empty.txt");
        assertRefused(415, Fixtures.utf8("x"), "image/png", "a.png");
        assertRefused(422, Fixtures.utf8("not a pdf at all"), "application/pdf", "fake.pdf");
        assertRefused(422, Fixtures.pdf(List.of("x")), "text/plain", "looks.txt");
        assertRefused(422, Fixtures.encryptedPdf("secret"), "application/pdf", "locked.pdf");
        byte[] corrupt = Fixtures.pdf(List.of("Une page"));
        byte[] truncated = java.util.Arrays.copyOf(corrupt, 20);
        assertRefused(422, truncated, "application/pdf", "broken.pdf");
        assertRefused(415, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0, 0 }, null, "archive.zip");
    }

    private void assertRefused(int status, byte[] bytes, String type, String name) {
        ProblemException e = assertThrows(ProblemException.class, () -> extractor.extract(bytes, type, name), name);
        assertEquals(status, e.status(), name + ": " + e.getMessage());
        assertEquals("file", e.toProblem().errors().get(0).field());
    }

    private static String cp(String text, PageRange r) {
        return text.substring(text.offsetByCodePoints(0, r.start()), text.offsetByCodePoints(0, r.end()));
    }
}
