package io.corridor.document.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReanchorTest {

    static final String TEXT = "Le Haut Conseil des Maliens de l'Extérieur a été reçu à Bamako le 12 mars. "
            + "Selon son président, la délégation a présenté un plan de retour volontaire pour les migrants. "
            + "Le ministère a promis une réponse avant la fin de l'année, sans préciser le budget prévu.";

    /** A quote of TEXT as a client would send it: the passage with 32 code points of context. */
    static Quote quote(String text, String exact) {
        int[] cps = CodePoints.of(text);
        int at = text.indexOf(exact);
        assertTrue(at >= 0, exact);
        int start = text.codePointCount(0, at);
        int end = start + exact.codePointCount(0, exact.length());
        return new Quote(exact, CodePoints.prefix(cps, start), CodePoints.suffix(cps, end), start, end);
    }

    static String at(String text, Anchor a) {
        return CodePoints.string(CodePoints.of(text), a.start(), a.end());
    }

    @Test
    void unchangedTextKeepsThePosition() {
        Quote q = quote(TEXT, "plan de retour volontaire");
        Anchor a = Reanchor.anchor(TEXT, TEXT + " Fin.", q).orElseThrow();
        assertEquals(q.start(), a.start());
        assertEquals(q.end(), a.end());
        assertEquals(Anchor.Method.POSITION, a.method());
        assertEquals(q.prefix(), a.prefix());
    }

    @Test
    void insertionBeforeThePassageShiftsIt() {
        Quote q = quote(TEXT, "plan de retour volontaire");
        String inserted = "Communiqué de presse, version révisée.\n\n";
        String v2 = inserted + TEXT;
        Anchor a = Reanchor.anchor(TEXT, v2, q).orElseThrow();
        assertEquals(q.start() + inserted.length(), a.start());
        assertEquals("plan de retour volontaire", at(v2, a));
        assertEquals(Anchor.Method.POSITION, a.method(), "the shifted position is the expected one");
        assertEquals(0, a.errors());
    }

    @Test
    void editInsideTheQuoteIsFoundFuzzily() {
        String exact = "la délégation a présenté un plan de retour volontaire pour les migrants";
        Quote q = quote(TEXT, exact);
        String v2 = TEXT.replace("a présenté un plan de retour volontaire", "a soumis un plan de retour volontaire");
        Anchor a = Reanchor.anchor(TEXT, v2, q).orElseThrow();
        assertEquals(Anchor.Method.FUZZY, a.method());
        assertEquals("la délégation a soumis un plan de retour volontaire pour les migrants", a.exact());
        assertEquals(a.exact(), at(v2, a));
        assertTrue(a.errors() > 0 && a.errors() <= Reanchor.maxErrors(exact.length()), "errors " + a.errors());
    }

    @Test
    void deletedPassageIsOrphaned() {
        String sentence = "Selon son président, la délégation a présenté un plan de retour volontaire pour les migrants. ";
        Quote q = quote(TEXT, "la délégation a présenté un plan de retour volontaire");
        String v2 = TEXT.replace(sentence, "");
        assertEquals(Optional.empty(), Reanchor.anchor(TEXT, v2, q));
    }

    @Test
    void repeatedQuoteIsDisambiguatedByItsContext() {
        String text = "Premier rapport : le comité a validé le budget. Second rapport : le comité a rejeté le budget. "
                + "Troisième rapport : le comité a validé le plan.";
        String second = "Second rapport : le comité a rejeté";
        int secondAt = text.indexOf(second) + "Second rapport : ".length();
        int[] cps = CodePoints.of(text);
        String exact = "le comité";
        Quote q = new Quote(exact, CodePoints.prefix(cps, secondAt), CodePoints.suffix(cps, secondAt + exact.length()),
                secondAt, secondAt + exact.length());
        // a new first sentence moves every occurrence; the one whose context agrees is chosen,
        // even though another occurrence now sits at the old offset
        String v2 = "Note : le comité a siégé deux fois. " + text;
        Anchor a = Reanchor.anchor(text, v2, q).orElseThrow();
        assertEquals(v2.indexOf("le comité a rejeté"), a.start());
        assertEquals(exact, a.exact());
    }

    @Test
    void repeatedQuoteWithoutOldTextUsesContext() {
        String text = "alpha beta gamma. delta beta epsilon. zeta beta eta.";
        int at = text.indexOf("beta epsilon");
        int[] cps = CodePoints.of(text);
        Quote q = new Quote("beta", CodePoints.prefix(cps, at), CodePoints.suffix(cps, at + 4), 0, 4);
        Anchor a = Reanchor.anchor(null, text, q).orElseThrow();
        assertEquals(at, a.start());
        assertEquals(Anchor.Method.QUOTE, a.method());
    }

    @Test
    void offsetsAreCodePointsWithNonBmpCharacters() {
        // each 𝔐 and 😀 is one code point but two UTF-16 units
        String text = "𝔐𝔞𝔩𝔦 😀 : la délégation 😀 a présenté un plan de retour.";
        Quote q = quote(text, "la délégation 😀 a présenté");
        assertEquals(9, q.start());
        String v2 = "😀😀😀 " + text.replace("présenté", "presenté");
        Anchor a = Reanchor.anchor(text, v2, q).orElseThrow();
        assertEquals(13, a.start());
        assertEquals("la délégation 😀 a presenté", a.exact());
        assertEquals(a.exact(), at(v2, a));
        assertEquals(1, a.errors());
        assertEquals(a.end() - a.start(), a.exact().codePointCount(0, a.exact().length()));
    }

    @Test
    void shortQuoteIsNeverMatchedFuzzily() {
        Quote q = quote(TEXT, "Bamako");
        assertEquals(Optional.empty(), Reanchor.anchor(TEXT, TEXT.replace("Bamako", "Kayes"), q));
    }

    @Test
    void expectedStartFollowsTheEdits() {
        int[] old = CodePoints.of("abcdefghij");
        assertEquals(2, Reanchor.expectedStart(old, CodePoints.of("abcdefghijXYZ"), 2));
        assertEquals(5, Reanchor.expectedStart(old, CodePoints.of("XYZabcdefghij"), 2));
        assertEquals(4, Reanchor.expectedStart(old, CodePoints.of("abcdgghij"), 5));
    }
}
