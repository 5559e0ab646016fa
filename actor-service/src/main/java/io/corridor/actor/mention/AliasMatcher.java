package io.corridor.actor.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.corridor.actor.api.Mention;

/**
 * Finds every registered alias in a text in one pass of an Aho-Corasick automaton ({@link KeywordAutomaton}). Aliases match
 * regardless of case and accents, acronyms (up to five letters, all capitals) with their case; a
 * match must start and end on word boundaries ("Maliens" does not name "Mali"); of overlapping
 * matches the longest wins. Immutable: a new matcher is built when the registry changes.
 */
public final class AliasMatcher {

    /** An alias of an actor as registered. */
    public record Entry(long actorId, String alias) {
    }

    /** The actors a hit may name; a list of its own per hit, since merging a hit's candidates adds to it. */
    private record Candidates(String alias, List<Long> actorIds) {
    }

    private record Hit(int start, int end, Candidates candidates) {
        int length() {
            return end - start;
        }
    }

    private final KeywordAutomaton folded;
    private final KeywordAutomaton acronyms;
    /** The candidates of each keyword, by its index in the automaton. */
    private final KeywordTable byFoldedKey;
    private final KeywordTable byAcronym;
    private final int size;

    public AliasMatcher(Collection<Entry> entries) {
        Map<String, Candidates> words = new HashMap<>();
        Map<String, Candidates> caps = new HashMap<>();
        for (Entry e : entries) {
            String alias = e.alias().strip();
            if (alias.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
                continue; // one letter would name half the text
            }
            boolean acronym = isAcronym(alias);
            String key = FoldedText.key(alias, acronym);
            Map<String, Candidates> target = acronym ? caps : words;
            Candidates c = target.computeIfAbsent(key, k -> new Candidates(alias, new ArrayList<>()));
            if (!c.actorIds().contains(e.actorId())) {
                c.actorIds().add(e.actorId());
            }
        }
        String[] wordKeys = KeywordAutomaton.order(words.keySet());
        String[] capKeys = KeywordAutomaton.order(caps.keySet());
        this.folded = new KeywordAutomaton(wordKeys);
        this.acronyms = new KeywordAutomaton(capKeys);
        this.byFoldedKey = byIndex(wordKeys, words);
        this.byAcronym = byIndex(capKeys, caps);
        this.size = words.size() + caps.size();
    }

    /** The candidates of each keyword in the automaton's order, without the keys (the automaton keeps their lengths only). */
    private static KeywordTable byIndex(String[] keys, Map<String, Candidates> byKey) {
        List<String> aliases = new ArrayList<>(keys.length);
        List<List<Long>> actorIds = new ArrayList<>(keys.length);
        for (String key : keys) {
            Candidates c = byKey.get(key);
            aliases.add(c.alias());
            actorIds.add(c.actorIds());
        }
        return new KeywordTable(aliases, actorIds);
    }

    /** Up to five letters (digits allowed beside them), no lower-case letter, no space: matched with its case. */
    public static boolean isAcronym(String alias) {
        long letters = alias.codePoints().filter(Character::isLetter).count();
        return letters >= 1 && letters <= 5 && alias.codePoints().noneMatch(Character::isLowerCase)
                && alias.codePoints().noneMatch(Character::isWhitespace);
    }

    /** Number of distinct keywords in the automata. */
    public int size() {
        return size;
    }

    public List<Mention> find(String text) {
        FoldedText f = FoldedText.of(text);
        List<Hit> hits = new ArrayList<>();
        collect(folded, f.lower, byFoldedKey, hits);
        collect(acronyms, f.cased, byAcronym, hits);
        // Longest first, then leftmost: a longer alias hides what lies inside it.
        hits.sort(Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start));
        TreeSet<Hit> kept = new TreeSet<>(Comparator.comparingInt(Hit::start));
        for (Hit h : hits) {
            Hit before = kept.floor(h);
            Hit after = kept.ceiling(h);
            if (before != null && before.start() == h.start() && before.end() == h.end()) {
                // the same words as an acronym and as a folded alias: merge their candidates
                mergeInto(before, h);
                continue;
            }
            if ((before == null || before.end() <= h.start()) && (after == null || after.start() >= h.end())) {
                kept.add(h);
            }
        }
        int[] codePointIndex = codePointIndex(text);
        List<Mention> mentions = new ArrayList<>(kept.size());
        for (Hit h : kept) {
            int start = f.originOf(h.start());
            int end = f.originOf(h.end() - 1) + 1;
            while (end < codePointIndex.length - 1 && Character.getType(text.codePointAt(codePointIndex[end])) == Character.NON_SPACING_MARK) {
                end++; // the accents of the last letter belong to the mention
            }
            String exact = text.substring(codePointIndex[start], codePointIndex[end]);
            List<Long> ids = List.copyOf(h.candidates().actorIds());
            boolean ambiguous = ids.size() > 1;
            mentions.add(new Mention(ambiguous ? null : ids.get(0), start, end, exact, h.candidates().alias(), ambiguous, ids));
        }
        return mentions;
    }

    private static void mergeInto(Hit kept, Hit other) {
        for (Long id : other.candidates().actorIds()) {
            if (!kept.candidates().actorIds().contains(id)) {
                kept.candidates().actorIds().add(id);
            }
        }
    }

    private static void collect(KeywordAutomaton automaton, String in, KeywordTable table, List<Hit> hits) {
        automaton.match(in, (start, end, keyword) -> {
            if (start > 0 && FoldedText.isWordChar(in.charAt(start - 1)) && FoldedText.isWordChar(in.charAt(start))) {
                return;
            }
            if (end < in.length() && FoldedText.isWordChar(in.charAt(end)) && FoldedText.isWordChar(in.charAt(end - 1))) {
                return;
            }
            hits.add(new Hit(start, end, new Candidates(table.alias(keyword), table.actorIds(keyword))));
        });
    }

    /** char index of each code point, plus one past the end. */
    private static int[] codePointIndex(String text) {
        int[] index = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            index[cp++] = i;
        }
        index[cp] = text.length();
        return index;
    }
}
