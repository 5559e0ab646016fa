package io.corridor.actor.mention;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * An Aho-Corasick automaton over a fixed set of keywords, held in a few flat arrays (about 10 bytes a
 * state, and 12 for each state that reports a keyword) instead of an object with a hash map per state:
 * the registry's 100,000 aliases make some 1.5 million states, which took hundreds of MiB as objects
 * (issue #25). States are numbered in breadth-first order, so the children of a state are consecutive
 * numbers and need no table of their own: only the character on the edge into each state, searched by
 * bisection.
 */
final class KeywordAutomaton {

    /** What a match reports: [start, end) in the text searched, and the index of the keyword. */
    @FunctionalInterface
    interface Matches {
        void found(int start, int end, int keyword);
    }

    private static final int ROOT = 0;

    /**
     * Each keyword's length, by its index: all a match needs of it. The keywords themselves are the caller's
     * ({@link #order}): kept here they were 100,000 strings more for the registry's aliases (about 7 MB of heap
     * for as long as the matcher lives, bench/results/profiles/footprint.md, session 36).
     */
    private final int[] lengths;
    /** The children of state s are the states firstChild[s] .. firstChild[s + 1] - 1. */
    private final int[] firstChild;
    /** The character on the edge into each state (ascending among siblings). */
    private final char[] label;
    private final int[] fail;
    /**
     * The states that report something: a keyword ends there or on their failure chain. Few do (a keyword's last
     * state, and states with a keyword as a suffix), so what they report is kept for them alone, not as two tables
     * over every state, which were mostly -1 (12 MB for the registry's 100,000 aliases, footprint.md, session 36).
     */
    private final BitSet reports;
    /** Those states, ascending; for each, by its index here, the keyword ending there (or -1) ... */
    private final int[] reportState;
    private final int[] reportKeyword;
    /** ... and the index here of the nearest state on its failure chain where a keyword ends (or -1). */
    private final int[] reportNext;

    /** The keywords as the automaton numbers them: distinct, non-empty, sorted. A match's index points into this order. */
    static String[] order(Collection<String> keys) {
        return keys.stream().filter(k -> !k.isEmpty()).distinct().sorted().toArray(String[]::new);
    }

    /** An automaton over {@code keywords}, which must be in {@link #order}'s order (checked). */
    KeywordAutomaton(String[] keywords) {
        int states = 1;
        for (int i = 0; i < keywords.length; i++) {
            if (keywords[i].isEmpty() || i > 0 && keywords[i - 1].compareTo(keywords[i]) >= 0) {
                throw new IllegalArgumentException("keywords must be distinct, non-empty and sorted (KeywordAutomaton.order)");
            }
            states += keywords[i].length() - (i == 0 ? 0 : commonPrefix(keywords[i - 1], keywords[i]));
        }
        lengths = new int[keywords.length];
        for (int i = 0; i < keywords.length; i++) {
            lengths[i] = keywords[i].length();
        }
        firstChild = new int[states + 1];
        label = new char[states];
        fail = new int[states];
        int[] keywordAt = new int[states];
        int[] nextOutput = new int[states];
        Arrays.fill(keywordAt, -1);
        build(keywords, states, keywordAt, nextOutput);
        reports = new BitSet(states);
        for (int s = 0; s < states; s++) {
            if (keywordAt[s] >= 0 || nextOutput[s] >= 0) {
                reports.set(s);
            }
        }
        reportState = reports.stream().toArray();
        reportKeyword = new int[reportState.length];
        reportNext = new int[reportState.length];
        for (int i = 0; i < reportState.length; i++) {
            int s = reportState[i];
            reportKeyword[i] = keywordAt[s];
            reportNext[i] = nextOutput[s] < 0 ? -1 : Arrays.binarySearch(reportState, nextOutput[s]);
        }
    }

    /**
     * Breadth first: state s stands for the keywords [lo[s], hi[s]) sharing its prefix of depth[s]
     * characters; its children split that range by the next character. {@code keywordAt}: the keyword ending at each
     * state, or -1; {@code nextOutput}: the nearest state on the failure chain where a keyword ends, or -1.
     */
    private void build(String[] keywords, int states, int[] keywordAt, int[] nextOutput) {
        int[] lo = new int[states];
        int[] hi = new int[states];
        int[] depth = new int[states];
        hi[ROOT] = keywords.length;
        nextOutput[ROOT] = -1;
        int next = 1;
        for (int s = 0; s < states; s++) {
            int from = keywordAt[s] >= 0 ? lo[s] + 1 : lo[s]; // its own keyword sorts first: not a child's
            firstChild[s] = next;
            while (from < hi[s]) {
                char c = keywords[from].charAt(depth[s]);
                int to = from + 1;
                while (to < hi[s] && keywords[to].charAt(depth[s]) == c) {
                    to++;
                }
                label[next] = c;
                lo[next] = from;
                hi[next] = to;
                depth[next] = depth[s] + 1;
                if (keywords[from].length() == depth[next]) {
                    keywordAt[next] = from; // set now: a deeper state's links may point here before its turn
                }
                link(s, next, c, keywordAt, nextOutput);
                next++;
                from = to;
            }
        }
        firstChild[states] = next;
    }

    /** Failure and output links of {@code child}; its parent's are known (breadth-first order). */
    private void link(int parent, int child, char c, int[] keywordAt, int[] nextOutput) {
        int f = ROOT;
        if (parent != ROOT) {
            int candidate = fail[parent];
            int step;
            while ((step = child(candidate, c)) < 0 && candidate != ROOT) {
                candidate = fail[candidate];
            }
            f = step < 0 ? ROOT : step;
        }
        fail[child] = f;
        nextOutput[child] = keywordAt[f] >= 0 ? f : nextOutput[f];
    }

    /**
     * The child of {@code state} on {@code c}, or -1. During construction only states numbered before the
     * one being expanded are asked (failure links lead to shallower states), whose children are all known.
     */
    private int child(int state, char c) {
        int low = firstChild[state];
        int high = firstChild[state + 1] - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char m = label[mid];
            if (m < c) {
                low = mid + 1;
            } else if (m > c) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Every occurrence of every keyword in {@code text}, overlapping ones included. */
    void match(String text, Matches out) {
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int step;
            while ((step = child(state, c)) < 0 && state != ROOT) {
                state = fail[state];
            }
            state = step < 0 ? ROOT : step;
            if (!reports.get(state)) {
                continue;
            }
            int r = Arrays.binarySearch(reportState, state);
            for (int at = reportKeyword[r] >= 0 ? r : reportNext[r]; at >= 0; at = reportNext[at]) {
                int k = reportKeyword[at];
                out.found(i + 1 - lengths[k], i + 1, k);
            }
        }
    }

    int size() {
        return lengths.length;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
