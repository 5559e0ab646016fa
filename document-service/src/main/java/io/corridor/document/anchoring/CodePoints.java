package io.corridor.document.anchoring;

/** Code-point helpers: offsets in Corridor are Unicode code points of NFC text, never UTF-16 units. */
public final class CodePoints {

    /** Length of the context kept on each side of a quote. */
    public static final int CONTEXT = 32;

    private CodePoints() {
    }

    public static int[] of(String s) {
        return s == null ? new int[0] : s.codePoints().toArray();
    }

    public static String string(int[] cps, int from, int to) {
        int a = Math.max(0, Math.min(from, cps.length));
        int b = Math.max(a, Math.min(to, cps.length));
        return new String(cps, a, b - a);
    }

    public static String prefix(int[] text, int start) {
        return string(text, start - CONTEXT, start);
    }

    public static String suffix(int[] text, int end) {
        return string(text, end, end + CONTEXT);
    }

    static boolean regionMatches(int[] text, int at, int[] pattern) {
        if (at < 0 || at + pattern.length > text.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (text[at + i] != pattern[i]) {
                return false;
            }
        }
        return true;
    }

    /** Levenshtein distance between a[from..to) of text and b, over code points. */
    static int distance(int[] a, int aFrom, int aTo, int[] b) {
        int n = aTo - aFrom;
        int m = b.length;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int ai = a[aFrom + i - 1];
            for (int j = 1; j <= m; j++) {
                int cost = ai == b[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
