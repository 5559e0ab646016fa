package io.corridor.document.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.corridor.document.AnnotationDraft;
import io.corridor.document.TextPositionSelector;
import io.corridor.document.TextQuoteSelector;
import io.corridor.support.problem.ProblemException;

class SelectorCheckTest {

    static final String TEXT = "Le 𝔐ali négocie. L’accord de réadmission est signé ; l’accord de réadmission est contesté.";

    static AnnotationDraft.Passage passage(TextQuoteSelector quote, TextPositionSelector position) {
        return new AnnotationDraft.Passage(1, 1, quote, position, "target.selector[0]", "target.selector[1]");
    }

    @Test
    void offsetsAreCodePointsAndContextIs32OfThem() {
        // 𝔐 is one code point, two UTF-16 units
        var a = SelectorCheck.anchor(TEXT, 1, passage(null, new TextPositionSelector(3, 7)));
        assertEquals("𝔐ali", a.quote().exact());
        assertEquals("Le ", a.quote().prefix());
        assertEquals(32, a.quote().suffix().codePointCount(0, a.quote().suffix().length()));
        assertEquals(" négocie. L’accord de réadmissio", a.quote().suffix());
    }

    @Test
    void aDecomposedQuoteMatchesTheNfcText() {
        String decomposed = "ne\u0301gocie";
        var a = SelectorCheck.anchor(TEXT, 1, passage(new TextQuoteSelector(decomposed, null, null), null));
        assertEquals("négocie", a.quote().exact());
        assertEquals(8, a.position().start());
    }

    @Test
    void theContextOrTheNearestOccurrenceChoosesAmongRepeatedQuotes() {
        String quote = "accord de réadmission";
        int first = TEXT.codePointCount(0, TEXT.indexOf(quote));
        int second = TEXT.codePointCount(0, TEXT.lastIndexOf(quote));
        assertEquals(first, SelectorCheck.anchor(TEXT, 1, passage(new TextQuoteSelector(quote, null, null), null))
                .position().start());
        assertEquals(second, SelectorCheck.anchor(TEXT, 1, passage(new TextQuoteSelector(quote, "signé ; l’", null), null))
                .position().start());
        assertEquals(second, SelectorCheck.anchor(TEXT, 1,
                passage(new TextQuoteSelector(quote, null, null), new TextPositionSelector(second + 2, second + 5)))
                .position().start());
    }

    @Test
    void faultsNameTheirField() {
        int length = TEXT.codePointCount(0, TEXT.length());
        var e = assertThrows(ProblemException.class,
                () -> SelectorCheck.anchor(TEXT, 1, passage(null, new TextPositionSelector(0, length + 1))));
        assertEquals("target.selector[1].end", e.toProblem().errors().get(0).field());
        e = assertThrows(ProblemException.class,
                () -> SelectorCheck.anchor(TEXT, 1, passage(new TextQuoteSelector("Sénégal", null, null), null)));
        assertEquals("target.selector[0].exact", e.toProblem().errors().get(0).field());
        // the whole text is a valid passage
        assertEquals(TEXT, SelectorCheck.anchor(TEXT, 1, passage(null, new TextPositionSelector(0, length))).quote().exact());
    }
}
