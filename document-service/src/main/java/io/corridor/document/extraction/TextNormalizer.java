package io.corridor.document.extraction;

import java.text.Normalizer;

/**
 * The one place text is made stable: Unicode NFC and {@code \n} line ends, so that offsets in
 * code points mean the same thing to every client. NUL characters, which PostgreSQL text cannot
 * hold, are dropped, as is a leading byte-order mark.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String s = text;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
