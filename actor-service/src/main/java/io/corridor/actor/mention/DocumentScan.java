package io.corridor.actor.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.corridor.actor.api.Mention;

/**
 * What detection found in one version of one document with the automaton of one registry
 * revision, per actor. A version's text never changes, so the scan stays true until the registry
 * does.
 */
public record DocumentScan(long documentId, int version, long revision, Map<Long, Found> byActor) {

    /** How often an actor is named (ambiguous mentions counted for every candidate) and where first. */
    public record Found(int mentions, int ambiguous, Mention first) {

        Found plus(Mention m) {
            return new Found(mentions + 1, ambiguous + (m.ambiguous() ? 1 : 0), first);
        }
    }

    public static DocumentScan of(long documentId, int version, long revision, List<Mention> mentions) {
        Map<Long, Found> byActor = new HashMap<>();
        for (Mention m : mentions) {
            for (Long actor : m.candidates()) {
                byActor.merge(actor, new Found(1, m.ambiguous() ? 1 : 0, m), (was, one) -> was.plus(m));
            }
        }
        return new DocumentScan(documentId, version, revision, Map.copyOf(byActor));
    }
}
