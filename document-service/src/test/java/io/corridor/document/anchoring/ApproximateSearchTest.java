package io.corridor.document.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ApproximateSearchTest {

    static List<ApproximateSearch.Match> search(String text, String pattern, int k) {
        int[] t = CodePoints.of(text);
        return ApproximateSearch.search(t, 0, t.length, CodePoints.of(pattern), k);
    }

    static ApproximateSearch.Match best(List<ApproximateSearch.Match> matches) {
        return matches.stream().min(Comparator.comparingInt(ApproximateSearch.Match::errors)).orElseThrow();
    }

    @Test
    void exactOccurrencesHaveNoErrors() {
        List<ApproximateSearch.Match> m = search("xx abc yy abc", "abc", 0);
        assertEquals(List.of(new ApproximateSearch.Match(3, 6, 0), new ApproximateSearch.Match(10, 13, 0)), m);
    }

    @Test
    void substitutionInsertionAndDeletionCountOneEach() {
        assertEquals(1, best(search("the quick brxwn fox", "quick brown", 2)).errors());
        assertEquals(1, best(search("the quick brownn fox", "quick brown fox", 2)).errors());
        assertEquals(1, best(search("the quick brwn fox", "quick brown fox", 2)).errors());
        ApproximateSearch.Match m = best(search("the quick brwn fox jumps", "quick brown fox", 2));
        assertEquals(4, m.start());
        assertEquals(18, m.end());
    }

    @Test
    void nothingBeyondTheBound() {
        assertTrue(search("completely different words here", "quick brown fox", 3).isEmpty());
    }

    /** Against the plain quadratic recurrence on random texts: same best error count at every end. */
    @Test
    void agreesWithTheFullDynamicProgramming() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int[] text = random.ints(60 + random.nextInt(60), 'a', 'e').toArray();
            int[] pattern = random.ints(3 + random.nextInt(12), 'a', 'e').toArray();
            int k = random.nextInt(4);
            List<ApproximateSearch.Match> fast = ApproximateSearch.search(text, 0, text.length, pattern, k);
            int[] previous = new int[pattern.length + 1];
            for (int i = 0; i <= pattern.length; i++) {
                previous[i] = i;
            }
            int index = 0;
            for (int j = 1; j <= text.length; j++) {
                int[] col = new int[pattern.length + 1];
                for (int i = 1; i <= pattern.length; i++) {
                    col[i] = Math.min(Math.min(col[i - 1] + 1, previous[i] + 1),
                            previous[i - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1));
                }
                if (col[pattern.length] <= k) {
                    ApproximateSearch.Match m = fast.get(index++);
                    assertEquals(j, m.end());
                    assertEquals(col[pattern.length], m.errors());
                    assertEquals(m.errors(), CodePoints.distance(text, m.start(), m.end(), pattern),
                            "the reported start gives an alignment of that cost");
                }
                previous = col;
            }
            assertEquals(index, fast.size());
        }
    }
}
