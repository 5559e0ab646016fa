package io.corridor.document.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Units as curation groups them: overlap clusters, their states, curated annotations joined where they overlap. */
class UnitTest {

    static final Set<String> THREE = Set.of("alice", "bob", "carol");

    static Version v(String who, int start, int end, String... labels) {
        return new Version(UUID.randomUUID(), who, start, end, "tagging", List.of(labels));
    }

    @Test
    void overlappingSpansAreOneUnitTouchingOnesTwo() {
        List<Unit> units = Unit.of(List.of(v("alice", 0, 10, "tag:a"), v("bob", 5, 20, "tag:a"), v("carol", 20, 30, "tag:a")),
                List.of(), THREE);
        assertEquals(2, units.size());
        assertEquals(0, units.get(0).start());
        assertEquals(20, units.get(0).end());
        assertEquals(UnitState.DISAGREED, units.get(0).state());
        assertEquals(UnitState.SINGLE, units.get(1).state());
    }

    @Test
    void agreedNeedsEveryAnnotatorOnceWithTheSameSpanMotivationAndLabels() {
        assertEquals(UnitState.AGREED, Unit.of(List.of(v("alice", 3, 9, "tag:b", "tag:a"), v("bob", 3, 9, "tag:a", "tag:b"),
                v("carol", 3, 9, "tag:a", "tag:b")), List.of(), THREE).getFirst().state());
        // carol is missing
        assertEquals(UnitState.DISAGREED, Unit.of(List.of(v("alice", 3, 9, "tag:a"), v("bob", 3, 9, "tag:a")), List.of(), THREE)
                .getFirst().state());
        // bob twice
        assertEquals(UnitState.DISAGREED, Unit.of(List.of(v("alice", 3, 9, "tag:a"), v("bob", 3, 9, "tag:a"), v("bob", 3, 9, "tag:a"),
                v("carol", 3, 9, "tag:a")), List.of(), THREE).getFirst().state());
        // another label
        assertEquals(UnitState.DISAGREED, Unit.of(List.of(v("alice", 3, 9, "tag:a"), v("bob", 3, 9, "tag:a"), v("carol", 3, 9, "tag:c")),
                List.of(), THREE).getFirst().state());
        // another motivation
        Version comment = new Version(UUID.randomUUID(), "carol", 3, 9, "commenting", List.of("tag:a"));
        assertEquals(UnitState.DISAGREED, Unit.of(List.of(v("alice", 3, 9, "tag:a"), v("bob", 3, 9, "tag:a"), comment), List.of(), THREE)
                .getFirst().state());
    }

    @Test
    void curatedAnnotationsJoinTheUnitsTheyOverlapOrStandAlone() {
        Version curated = v("curator", 4, 8, "tag:a");
        Version lone = v("curator", 50, 60, "tag:z");
        List<Unit> units = Unit.of(List.of(v("alice", 3, 9, "tag:a"), v("bob", 2, 9, "tag:a")), List.of(curated, lone), THREE);
        assertEquals(2, units.size());
        assertEquals(UnitState.CURATED, units.get(0).state());
        assertEquals(List.of(curated), units.get(0).curated());
        assertEquals(List.of(), units.get(1).versions());
        assertEquals(List.of(lone), units.get(1).curated());
        assertEquals(units.get(0), Unit.holding(units, units.get(0).versions().get(1).id()));
    }
}
