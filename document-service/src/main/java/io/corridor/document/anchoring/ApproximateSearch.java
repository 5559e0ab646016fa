package io.corridor.document.anchoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Every substring of a text within k edits (Levenshtein) of a pattern: Sellers' dynamic
 * programming with Ukkonen's cut-off, so a column costs about k cells instead of the pattern's
 * length (O(k·n) expected). Each cell carries where its alignment started, so a match comes with
 * both offsets. The algorithm Hypothesis anchors with (approx-string-match, Myers' bit-vector
 * form of the same recurrence); no maintained Java artifact of it (diff-match-patch's Bitap,
 * java-diff-utils) is served by our registry, hence these sixty lines, covered by
 * ApproximateSearchTest.
 */
final class ApproximateSearch {

    /** A substring [start, end) of the text, {@code errors} edits away from the pattern. */
    record Match(int start, int end, int errors) {
    }

    private ApproximateSearch() {
    }

    static List<Match> search(int[] text, int from, int to, int[] pattern, int k) {
        int m = pattern.length;
        List<Match> matches = new ArrayList<>();
        if (m == 0 || k < 0) {
            return matches;
        }
        int sentinel = k + 1;
        int[] cost = new int[m + 1];
        int[] origin = new int[m + 1];
        int[] next = new int[m + 1];
        int[] nextOrigin = new int[m + 1];
        // column before the first text position: matching i pattern code points against nothing
        for (int i = 0; i <= m; i++) {
            cost[i] = Math.min(i, sentinel);
            origin[i] = from;
        }
        int last = Math.min(k, m); // last row whose value is <= k
        // highest row of each column array holding something other than the sentinel
        int costWritten = m;
        int nextWritten = m;
        for (int j = from; j < to; j++) {
            int top = Math.min(last + 1, m);
            next[0] = 0;
            nextOrigin[0] = j + 1; // a match may start anywhere: free leading gap
            int c = text[j];
            for (int i = 1; i <= top; i++) {
                int diagonal = cost[i - 1] + (pattern[i - 1] == c ? 0 : 1);
                int up = next[i - 1] + 1; // pattern code point left out
                int left = cost[i] + 1; // text code point inserted
                int best = diagonal;
                int start = origin[i - 1];
                if (up < best) {
                    best = up;
                    start = nextOrigin[i - 1];
                }
                if (left < best) {
                    best = left;
                    start = origin[i];
                }
                next[i] = Math.min(best, sentinel);
                nextOrigin[i] = start;
            }
            for (int i = top + 1; i <= nextWritten; i++) {
                next[i] = sentinel;
            }
            nextWritten = costWritten;
            costWritten = top;
            int l = top;
            while (l > 0 && next[l] > k) {
                l--;
            }
            last = l;
            if (top == m && next[m] <= k) {
                matches.add(new Match(nextOrigin[m], j + 1, next[m]));
            }
            int[] t = cost;
            cost = next;
            next = t;
            t = origin;
            origin = nextOrigin;
            nextOrigin = t;
        }
        return matches;
    }
}
