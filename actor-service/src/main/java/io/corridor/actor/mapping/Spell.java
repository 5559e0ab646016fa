package io.corridor.actor.mapping;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.corridor.actor.api.Event;
import io.corridor.actor.api.Network;
import io.corridor.actor.api.NetworkEdge;
import io.corridor.actor.api.NetworkNode;
import io.corridor.support.time.PartialDate;

/**
 * When something is there on a timeline, in days: from the first day its start may denote to the last day its end may
 * denote; a null bound is open (unknown, or still so).
 */
record Spell(LocalDate start, LocalDate end) {

    static final Spell ALWAYS = new Spell(null, null);

    static Spell of(PartialDate start, PartialDate end) {
        return new Spell(start == null ? null : start.start(), end == null ? null : end.end());
    }

    /** An event's days: its span, or the days its one date may denote. */
    static Spell of(Event e) {
        return of(e.start(), e.end() != null ? e.end() : e.start());
    }

    boolean always() {
        return start == null && end == null;
    }

    /** The smallest spell holding both. */
    Spell hull(Spell other) {
        LocalDate s = start == null || other.start == null ? null : start.isBefore(other.start) ? start : other.start;
        LocalDate e = end == null || other.end == null ? null : end.isAfter(other.end) ? end : other.end;
        return new Spell(s, e);
    }

    /**
     * Each node's spell: its own lifetime when its dates are known, else the hull of its relations' spells (a node
     * appears with its first relation), else always.
     */
    static Map<Long, Spell> ofNodes(Network network) {
        Map<Long, Spell> hulls = new HashMap<>();
        for (NetworkEdge e : network.edges()) {
            Spell s = of(e.start(), e.end());
            hulls.merge(e.source(), s, Spell::hull);
            hulls.merge(e.target(), s, Spell::hull);
        }
        Map<Long, Spell> spells = new HashMap<>();
        for (NetworkNode n : network.nodes()) {
            Spell own = of(n.start(), n.end());
            spells.put(n.id(), !own.always() ? own : hulls.getOrDefault(n.id(), ALWAYS));
        }
        return spells;
    }
}
