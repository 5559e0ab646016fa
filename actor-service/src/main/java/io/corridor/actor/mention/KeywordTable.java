package io.corridor.actor.mention;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What each keyword of a {@link KeywordAutomaton} names, by the keyword's index: its alias as first registered and its
 * actors, ascending. Held in four flat arrays for as long as the matcher lives: a record, a string and a {@code long[]}
 * per keyword cost some 60 bytes of headers and references beside the data, 6 MB for the benchmark's 100,000 aliases
 * (issue #25, bench/results/profiles/footprint.md, session 39).
 */
final class KeywordTable {

    /**
     * Every alias in UTF-8, one after another (one string would turn two bytes a character for all of them as soon as
     * one alias had a character beyond Latin-1, as French's typographic apostrophe is) ...
     */
    private final byte[] aliases;
    /** ... keyword k's bytes from aliasEnd[k - 1] (0 for the first) to aliasEnd[k]. */
    private final int[] aliasEnd;
    /** Every keyword's actors, one keyword after another; keyword k's from actorEnd[k - 1] to actorEnd[k]. */
    private final long[] actorIds;
    private final int[] actorEnd;

    /** {@code aliases.get(k)} and {@code actors.get(k)} are keyword k's. */
    KeywordTable(List<String> aliases, List<List<Long>> actors) {
        if (aliases.size() != actors.size()) {
            throw new IllegalArgumentException("one alias and one list of actors per keyword");
        }
        int keywords = aliases.size();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        aliasEnd = new int[keywords];
        actorEnd = new int[keywords];
        actorIds = new long[actors.stream().mapToInt(List::size).sum()];
        int at = 0;
        for (int k = 0; k < keywords; k++) {
            text.writeBytes(aliases.get(k).getBytes(StandardCharsets.UTF_8));
            aliasEnd[k] = text.size();
            long[] ids = actors.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
            System.arraycopy(ids, 0, actorIds, at, ids.length);
            at += ids.length;
            actorEnd[k] = at;
        }
        this.aliases = text.toByteArray();
    }

    int size() {
        return aliasEnd.length;
    }

    /** Keyword k's alias as first registered. */
    String alias(int k) {
        int from = k == 0 ? 0 : aliasEnd[k - 1];
        return new String(aliases, from, aliasEnd[k] - from, StandardCharsets.UTF_8);
    }

    /** Keyword k's actors, ascending, in a list of the caller's own (a hit's candidates grow when hits merge). */
    List<Long> actorIds(int k) {
        int from = k == 0 ? 0 : actorEnd[k - 1];
        List<Long> ids = new ArrayList<>(actorEnd[k] - from);
        for (int i = from; i < actorEnd[k]; i++) {
            ids.add(actorIds[i]);
        }
        return ids;
    }
}
