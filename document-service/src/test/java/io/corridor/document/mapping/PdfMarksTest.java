package io.corridor.document.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What a PDF note shows of an annotation's bodies. */
class PdfMarksTest {

    @Test
    void markdownBecomesTheTextAReaderSees() {
        assertEquals("Titre\nUn mot important, un autre et du code.\nVoir le rapport (https://example.org/r?a=1).",
                PdfMarks.plain("## Titre\nUn mot **important**, un _autre_ et du `code`.\nVoir [le rapport](https://example.org/r?a=1)."));
        assertEquals("cité\nsnake_case reste", PdfMarks.plain("> cité\n```\nsnake_case reste\n```"));
        assertEquals("2 * 3 = 6", PdfMarks.plain("2 * 3 = 6"));
    }

    @Test
    void commentsThenTagsThenLinks() throws Exception {
        var bodies = new ObjectMapper().readTree("""
                [{"type": "TextualBody", "value": "**Chiffre** douteux", "format": "text/markdown", "purpose": "commenting"},
                 {"type": "TextualBody", "value": "À vérifier", "format": "text/plain"},
                 {"type": "TextualBody", "value": "remittances", "purpose": "tagging"},
                 {"type": "TextualBody", "value": "mali", "purpose": "tagging"},
                 {"type": "SpecificResource", "source": "http://localhost:8080/api/v1/actors/12", "purpose": "identifying"}]""");
        assertEquals("Chiffre douteux\n\nÀ vérifier\n\nTags: remittances, mali\nidentifying: http://localhost:8080/api/v1/actors/12",
                PdfMarks.contents(bodies));
    }
}
