package io.corridor.actor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

    @Test
    void findsEveryOccurrenceAsANaiveScanDoes() {
        Random random = new Random(25);
        for (int round = 0; round < 200; round++) {
            // a small alphabet makes prefixes, suffixes and overlaps of keywords common
            List<String> keys = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                keys.add(word(random, 1 + random.nextInt(6)));
            }
            String text = word(random, random.nextInt(200));
            String[] ordered = KeywordAutomaton.order(keys);
            KeywordAutomaton automaton = new KeywordAutomaton(ordered);
            Set<String> found = new TreeSet<>();
            automaton.match(text, (start, end, k) -> {
                assertEquals(ordered[k], text.substring(start, end));
                assertTrue(found.add(start + ":" + end + ":" + ordered[k]), "reported once");
            });
            assertEquals(naive(keys, text), found, "keywords " + keys + " in " + text);
        }
    }

    @Test
    void keywordsAreDistinctAndTheEmptyOneIgnored() {
        String[] ordered = KeywordAutomaton.order(List.of("mali", "", "mali", "maliens"));
        KeywordAutomaton automaton = new KeywordAutomaton(ordered);
        assertEquals(2, automaton.size());
        List<String> hits = new ArrayList<>();
        automaton.match("les maliens", (start, end, k) -> hits.add(start + "-" + end + " " + ordered[k]));
        assertEquals(List.of("4-8 mali", "4-11 maliens"), hits);
    }

    @Test
    void keywordsOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new KeywordAutomaton(new String[] {"maliens", "mali"}));
        assertThrows(IllegalArgumentException.class, () -> new KeywordAutomaton(new String[] {"mali", "mali"}));
        assertThrows(IllegalArgumentException.class, () -> new KeywordAutomaton(new String[] {""}));
    }

    @Test
    void nothingToFindInAnEmptyAutomaton() {
        KeywordAutomaton automaton = new KeywordAutomaton(KeywordAutomaton.order(List.of()));
        automaton.match("any text", (start, end, k) -> {
            throw new AssertionError("no keyword");
        });
        assertEquals(0, automaton.size());
    }

    private static Set<String> naive(List<String> keys, String text) {
        Set<String> found = new TreeSet<>();
        for (String k : keys) {
            for (int at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) {
                found.add(at + ":" + (at + k.length()) + ":" + k);
            }
        }
        return found;
    }

    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append("abé ".charAt(random.nextInt(4)));
        }
        return s.toString();
    }
}
