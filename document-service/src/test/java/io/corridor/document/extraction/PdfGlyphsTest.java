package io.corridor.document.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import io.corridor.document.Fixtures;
import io.corridor.testing.PdfLayouts;

/** The export's reading of a PDF is ingest's, character for character, with a glyph behind each visible one. */
class PdfGlyphsTest {

    private final TextExtractor extractor = new TextExtractor(20_000_000);

    @Test
    void readsExactlyTheTextIngestStores() throws Exception {
        List<byte[]> files = List.of(Fixtures.pdf(List.of("Première page\navec deux lignes", "Seconde page")),
                PdfLayouts.paginated("Titre", "Un paragraphe assez long pour être coupé en plusieurs lignes, "
                        + "puisqu’il dépasse largement la justification d’une page A4 en corps dix. ".repeat(4)),
                PdfLayouts.twoColumnsAndTable("Deux colonnes", "Gauche, première colonne du texte.",
                        "Droite, seconde colonne.", List.of(List.of("A", "B"), List.of("1", "2"))));
        for (byte[] file : files) {
            Extraction stored = extractor.extract(file, "application/pdf", "f.pdf");
            try (PDDocument pdf = Loader.loadPDF(file)) {
                PdfGlyphs glyphs = PdfGlyphs.read(pdf);
                assertEquals(stored.text(), glyphs.text());
                for (int i = 0; i < glyphs.pages().size(); i++) {
                    assertEquals(stored.pages().get(i).start(), glyphs.pages().get(i).start());
                }
                for (PdfGlyphs.Page page : glyphs.pages()) {
                    for (int k = 0; k < page.text().length(); k++) {
                        TextPosition g = page.glyphs()[k];
                        if (Character.isWhitespace(page.text().charAt(k))) {
                            continue;
                        }
                        assertEquals(String.valueOf(page.text().charAt(k)), g.getUnicode(), "glyph of " + page.text().charAt(k));
                    }
                }
            }
        }
    }

    @Test
    void aRangeGivesItsGlyphsPageByPage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Fixtures.pdf(List.of("alpha beta", "gamma delta")))) {
            PdfGlyphs glyphs = PdfGlyphs.read(pdf);
            int start = glyphs.text().indexOf("beta");
            int end = glyphs.text().indexOf("gamma") + "gamma".length();
            List<PdfGlyphs.Run> runs = glyphs.glyphs(start, end);
            assertEquals(2, runs.size());
            assertEquals("beta", String.join("", runs.get(0).glyphs().stream().map(TextPosition::getUnicode).toList()));
            assertEquals("gamma", String.join("", runs.get(1).glyphs().stream().map(TextPosition::getUnicode).toList()));
            assertEquals(2, runs.get(1).page().number());
        }
    }

    @Test
    void normalisingKeepsTrackOfWhereEachCharacterCameFrom() {
        TextNormalizer.Tracked t = TextNormalizer.normalizeTracked("\uFEFFe\u0301te\u0301\r\nx\u0000y\rz");
        assertEquals("été\nxy\nz", t.text());
        assertEquals(TextNormalizer.normalize("\uFEFFe\u0301te\u0301\r\nx\u0000y\rz"), t.text());
        assertArrayEquals(new int[] { 1, 3, 4, 6, 8, 10, 11, 12 }, t.origin());
    }
}
