package io.corridor.actor.fuzz;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.corridor.actor.api.Mention;
import io.corridor.actor.mention.AliasMatcher;

/**
 * Mention detection: an {@link AliasMatcher} built from registered-shaped and fuzzed aliases finds
 * mentions in a text made of those aliases, fuzzed glue (accents, combining marks, scripts whose
 * letters decompose into several, surrogate pairs, odd spaces) and fuzzed text. It must return, and
 * every mention must be a passage of the text: offsets in code points inside it, {@code exact}
 * equal to the text between them, at least one candidate actor, no two mentions overlapping.
 */
class AliasMatcherFuzzTest {

    private static final String[] ALIASES = { "Mali", "DGME", "Délégation générale des Maliens de l'extérieur",
            "Ministère des Maliens de l’Extérieur", "OIM", "IOM", "Haut Conseil des Maliens de l'Extérieur", "한국",
            "Cafe\u0301", "ECOWAS-CEDEAO", "G5" };
    private static final String[] GLUE = { " ", ", ", "\u00a0", "\u2009", "\n\n", "-", "’", "\u0301", "ﬁ", "ǅ", "İ", "ß",
            "🇲🇱", "한", "\ud800", "(", ")" };

    @FuzzTest
    void findsMentionsInsideTheText(FuzzedDataProvider data) {
        List<AliasMatcher.Entry> entries = new ArrayList<>();
        int aliases = data.consumeInt(0, 6);
        for (int i = 0; i < aliases; i++) {
            String alias = data.consumeBoolean() ? data.pickValue(ALIASES) : data.consumeString(24);
            entries.add(new AliasMatcher.Entry(data.consumeLong(1, 5), alias));
        }
        AliasMatcher matcher = new AliasMatcher(entries);
        StringBuilder text = new StringBuilder();
        int parts = data.consumeInt(0, 12);
        for (int i = 0; i < parts; i++) {
            switch (data.consumeInt(0, 3)) {
                case 0 -> text.append(data.pickValue(ALIASES));
                case 1 -> text.append(data.pickValue(GLUE));
                case 2 -> text.append(entries.isEmpty() ? "" : data.pickValue(entries).alias());
                default -> text.append(data.consumeString(16));
            }
        }
        String t = text.toString();
        List<Mention> mentions = matcher.find(t);
        int length = t.codePointCount(0, t.length());
        int lastEnd = 0;
        for (Mention m : mentions) {
            if (m.start() < lastEnd || m.end() <= m.start() || m.end() > length) {
                throw new AssertionError("mention " + m.start() + ".." + m.end() + " outside the text (" + length
                        + " code points) or overlapping the previous one (ending at " + lastEnd + ")");
            }
            int from = t.offsetByCodePoints(0, m.start());
            String passage = t.substring(from, t.offsetByCodePoints(from, m.end() - m.start()));
            if (!passage.equals(m.exact())) {
                throw new AssertionError("exact \"" + m.exact() + "\" is not the text at " + m.start() + ".." + m.end());
            }
            if (m.candidates() == null || m.candidates().isEmpty()) {
                throw new AssertionError("a mention without candidates");
            }
            lastEnd = m.end();
        }
    }
}
