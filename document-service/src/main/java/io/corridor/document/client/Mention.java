package io.corridor.document.client;

import java.util.List;

/**
 * One place where a text names an actor, as the actor-service's mention detection answers it:
 * code-point offsets [start, end) of the text sent; {@code actorId} null when the alias belongs
 * to several actors ({@code ambiguous}, {@code candidates}).
 */
public record Mention(Long actorId, int start, int end, String exact, String alias, boolean ambiguous, List<Long> candidates) {
}
