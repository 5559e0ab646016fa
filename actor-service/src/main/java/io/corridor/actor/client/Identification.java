package io.corridor.actor.client;

/**
 * An accepted {@code identifying} annotation: a person said that this passage of this version of
 * a document names the actor. Offsets are code points of that version's text (null when the
 * annotation carries no position).
 */
public record Identification(long documentId, int version, Integer start, Integer end, String exact) {
}
