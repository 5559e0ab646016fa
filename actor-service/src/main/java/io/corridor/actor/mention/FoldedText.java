package io.corridor.actor.mention;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text with accents removed, apostrophes, dashes and runs of white space unified, and a lower-case
 * twin of the same length, each char remembering which code point of the original it came from.
 * Matching happens on the folded forms; offsets are reported in the original's code points.
 */
public final class FoldedText {

    /** The folded text, original case (for acronyms, which match with their case). */
    public final String cased;
    /** The folded text in lower case (for every other alias). */
    public final String lower;
    private final int[] origin;
    private final int originalLength;

    private FoldedText(String cased, String lower, int[] origin, int originalLength) {
        this.cased = cased;
        this.lower = lower;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    public static FoldedText of(String text) {
        StringBuilder cased = new StringBuilder(text.length());
        StringBuilder lower = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        int codePoint = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                if (!inSpace) {
                    origin = room(origin, cased.length() + 1);
                    origin[cased.length()] = codePoint;
                    cased.append(' ');
                    lower.append(' ');
                    inSpace = true;
                }
            } else {
                inSpace = false;
                for (int c : fold(cp)) {
                    int low = Character.toLowerCase(c);
                    if (Character.charCount(low) != Character.charCount(c)) {
                        low = c;
                    }
                    int at = cased.length();
                    cased.appendCodePoint(c);
                    lower.appendCodePoint(low);
                    origin = room(origin, cased.length());
                    for (int k = at; k < cased.length(); k++) {
                        origin[k] = codePoint;
                    }
                }
            }
            codePoint++;
        }
        return new FoldedText(cased.toString(), lower.toString(), origin, codePoint);
    }

    /**
     * The origin map with room for {@code size} entries: a letter may fold to several (ǅ to D and z, a
     * Hangul syllable to its jamo), so the folded text can be longer than the original.
     */
    private static int[] room(int[] origin, int size) {
        return size <= origin.length ? origin : Arrays.copyOf(origin, Math.max(size, 2 * origin.length));
    }

    /** Folds a name the way texts are folded, for use as a keyword. */
    public static String key(String name, boolean keepCase) {
        FoldedText f = of(name.strip());
        return keepCase ? f.cased : f.lower;
    }

    /** The original code point where folded char {@code index} came from. */
    public int originOf(int index) {
        return index >= cased.length() ? originalLength : origin[index];
    }

    public int originalLength() {
        return originalLength;
    }

    /** A letter or digit: what a word is made of, on either side of a boundary. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static int[] fold(int cp) {
        switch (cp) {
            case '’', '‘', 'ʼ', '`', '´', '′' -> {
                return new int[] { '\'' };
            }
            case '‐', '‑', '‒', '–', '—' -> {
                return new int[] { '-' };
            }
            default -> {
            }
        }
        if (cp < 0x80) {
            return new int[] { cp };
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        int[] kept = decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).toArray();
        // a lone combining mark (text not in NFC) folds to nothing, like the accent it carries
        return kept;
    }
}
