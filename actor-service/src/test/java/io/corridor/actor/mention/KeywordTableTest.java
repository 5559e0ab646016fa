package io.corridor.actor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class KeywordTableTest {

    @Test
    void givesBackEachKeywordsAliasAndActorsAscending() {
        KeywordTable table = new KeywordTable(
                List.of("Haut Conseil des Maliens de l'Extérieur", "MAEIA", "Ministère des Maliens établis à l’extérieur", "مالي"),
                List.of(List.of(7L), List.of(12L, 3L, 9L), List.of(), List.of(4L)));
        assertEquals(4, table.size());
        assertEquals("Haut Conseil des Maliens de l'Extérieur", table.alias(0));
        assertEquals("MAEIA", table.alias(1));
        assertEquals("Ministère des Maliens établis à l’extérieur", table.alias(2));
        assertEquals("مالي", table.alias(3));
        assertEquals(List.of(7L), table.actorIds(0));
        assertEquals(List.of(3L, 9L, 12L), table.actorIds(1));
        assertEquals(List.of(), table.actorIds(2));
        assertEquals(List.of(4L), table.actorIds(3));
    }

    @Test
    void eachCallerGetsAListOfItsOwn() {
        KeywordTable table = new KeywordTable(List.of("Mali"), List.of(List.of(1L)));
        List<Long> first = table.actorIds(0);
        first.add(2L); // what a merge of two hits' candidates does
        assertEquals(List.of(1L), table.actorIds(0));
    }

    @Test
    void manyKeywordsRoundTrip() {
        Random random = new Random(39);
        List<String> aliases = new ArrayList<>();
        List<List<Long>> actors = new ArrayList<>();
        for (int k = 0; k < 5_000; k++) {
            aliases.add("alias " + k + " " + "é".repeat(random.nextInt(3)));
            List<Long> ids = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                ids.add(random.nextLong(1, 1_000_000));
            }
            actors.add(ids);
        }
        KeywordTable table = new KeywordTable(aliases, actors);
        for (int k = 0; k < aliases.size(); k++) {
            assertEquals(aliases.get(k), table.alias(k));
            assertEquals(actors.get(k).stream().sorted().toList(), table.actorIds(k));
        }
    }

    @Test
    void refusesListsOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class, () -> new KeywordTable(List.of("Mali"), List.of()));
    }

    @Test
    void anEmptyTableIsEmpty() {
        assertEquals(0, new KeywordTable(List.of(), List.of()).size());
    }
}
