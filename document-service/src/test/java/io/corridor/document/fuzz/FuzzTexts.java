package io.corridor.document.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Document texts and quotes for the annotation targets: a short text of the corpus' shape (French
 * and English, accents, a combining mark, an emoji outside the BMP, a repeated passage) or a fuzzed
 * one, and quotes cut from it at fuzzed code-point offsets or made up.
 */
final class FuzzTexts {

    static final String PUBLIC_URL = "http://localhost:8081";
    static final String DOCUMENT_IRI = PUBLIC_URL + "/api/v1/documents/7";

    private static final String BASE = """
            Article 3. La Délégation générale des Maliens de l'extérieur (DGME) coordonne l'appui aux migrants \
            de retour. Article 4. The Ministry of Malians Abroad reports to the Prime Minister 🇲🇱; le ministère \
            publie un rapport annuel. Article 5. La Délégation générale des Maliens de l'extérieur (DGME) coordonne \
            aussi les transferts. Cafe\u0301 — 한국어 — “guillemets” — fin.""";

    private FuzzTexts() {
    }

    static String text(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> data.consumeString(200);
            case 1 -> "";
            case 2 -> {
                int at = data.consumeInt(0, BASE.length());
                yield BASE.substring(0, at) + data.consumeString(20) + BASE.substring(at);
            }
            default -> BASE;
        };
    }

    /** A code-point offset: mostly inside the text, sometimes anything an int can hold. */
    static int offset(FuzzedDataProvider data, String text) {
        int length = text.codePointCount(0, text.length());
        return data.consumeInt(0, 7) == 0 ? data.consumeInt() : data.consumeInt(0, length + 1);
    }

    /** A quote: the text between two offsets (which may split a surrogate pair or a combining sequence), or made up. */
    static String quote(FuzzedDataProvider data, String text) {
        if (data.consumeInt(0, 3) == 0 || text.isEmpty()) {
            return data.consumeString(40);
        }
        int from = data.consumeInt(0, text.length());
        int to = data.consumeInt(from, Math.min(text.length(), from + 80));
        return text.substring(from, to);
    }
}
