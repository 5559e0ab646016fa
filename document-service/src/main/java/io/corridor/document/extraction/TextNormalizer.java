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

    /**
     * The normalised text and, for each of its UTF-16 characters, the index in {@code raw} of the
     * character it came from.
     */
    record Tracked(String text, int[] origin) {
    }

    /**
     * {@link #normalize} keeping track of where each character came from: the raw text is normalised
     * piece by piece (a base character with the marks that follow it), which gives the same text as
     * normalising it whole for all but exotic input; when it does not, the origins are spread
     * evenly, which still lands within a word or two.
     */
    static Tracked normalizeTracked(String raw) {
        String whole = normalize(raw);
        StringBuilder text = new StringBuilder(whole.length());
        int[] origin = new int[whole.length() + 16];
        int i = !raw.isEmpty() && raw.charAt(0) == '\uFEFF' ? 1 : 0;
        while (i < raw.length()) {
            int end = pieceEnd(raw, i);
            String piece = raw.substring(i, end);
            String normal = piece.equals("\r\n") || piece.equals("\r") ? "\n"
                    : Normalizer.normalize(piece.replace("\u0000", ""), Normalizer.Form.NFC);
            for (int k = 0; k < normal.length(); k++) {
                if (text.length() >= origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[text.length()] = i + Math.min(k, piece.length() - 1);
                text.append(normal.charAt(k));
            }
            i = end;
        }
        if (text.toString().equals(whole)) {
            return new Tracked(whole, java.util.Arrays.copyOf(origin, whole.length()));
        }
        int[] spread = new int[whole.length()];
        for (int k = 0; k < spread.length; k++) {
            spread[k] = (int) ((long) k * raw.length() / Math.max(1, whole.length()));
        }
        return new Tracked(whole, spread);
    }

    /** The end of the piece starting at {@code i}: a line end, or a code point with its combining marks. */
    private static int pieceEnd(String raw, int i) {
        if (raw.startsWith("\r\n", i)) {
            return i + 2;
        }
        int end = i + Character.charCount(raw.codePointAt(i));
        while (end < raw.length()) {
            int cp = raw.codePointAt(end);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }
}
