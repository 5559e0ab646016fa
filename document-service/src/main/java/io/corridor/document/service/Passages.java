package io.corridor.document.service;

import static io.corridor.document.repository.DocumentQueries.START_MARK;
import static io.corridor.document.repository.DocumentQueries.STOP_MARK;

/**
 * Turns a ts_headline passage into what a hit shows: the code-point offsets, in the document
 * text, of its first to last matched word, and the passage as safe HTML with matched words in
 * {@code <mark>}. The headline is computed over the plural-folded text, which differs from the
 * text only by some "s" turned into spaces; so the snippet shows the original fragment with the
 * marks at the same places.
 */
public final class Passages {

    /** Offsets in code points, [start, end); null when the passage could not be placed. */
    public record Placed(String snippet, Integer start, Integer end) {
    }

    private Passages() {
    }

    /**
     * @param headline      the passage with marks, from ts_headline
     * @param fragmentStart where the unmarked passage starts in the text, in code points, or -1
     * @param fragment      the original text of the passage (same length as the unmarked headline)
     */
    public static Placed place(String headline, int fragmentStart, String fragment) {
        if (headline == null || fragmentStart < 0 || fragment == null) {
            return new Placed(headline == null ? "" : html(headline.replace(START_MARK, "").replace(STOP_MARK, "")), null, null);
        }
        StringBuilder snippet = new StringBuilder();
        int[] original = fragment.codePoints().toArray();
        int position = 0; // code points of the passage consumed so far
        Integer first = null;
        Integer last = null;
        int i = 0;
        while (i < headline.length()) {
            int cp = headline.codePointAt(i);
            i += Character.charCount(cp);
            String c = new String(Character.toChars(cp));
            if (c.equals(START_MARK)) {
                snippet.append("<mark>");
                if (first == null) {
                    first = position;
                }
            } else if (c.equals(STOP_MARK)) {
                // a folded plural "s" (a space in the headline) belongs to the matched word
                if (position < original.length && (original[position] == 's' || original[position] == 'S')
                        && i < headline.length() && headline.charAt(i) == ' ') {
                    snippet.appendCodePoint(original[position]);
                    position++;
                    i++;
                }
                snippet.append("</mark>");
                last = position;
            } else {
                int shown = position < original.length ? original[position] : cp;
                snippet.append(escape(new String(Character.toChars(shown))));
                position++;
            }
        }
        String html = snippet.toString().replaceAll("\\s+", " ").strip();
        if (first == null || last == null) {
            return new Placed(html, null, null);
        }
        return new Placed(html, fragmentStart + first, fragmentStart + last);
    }

    private static String html(String text) {
        return escape(text).replaceAll("\\s+", " ").strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
