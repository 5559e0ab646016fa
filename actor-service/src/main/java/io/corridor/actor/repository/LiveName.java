package io.corridor.actor.repository;

/**
 * One name of an actor that was not merged away, as the mention automaton reads it: two columns, not a managed
 * {@code ActorName} (issue #25: 100,000 entities, each with its loaded-state copy in the session, made the rebuild's
 * heap peak).
 */
public record LiveName(Long actorId, String name) {
}
