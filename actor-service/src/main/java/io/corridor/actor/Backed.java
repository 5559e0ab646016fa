package io.corridor.actor;

import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What evidence may back, with the statements of each that evidence may name (its property) and how an evidence
 * row points at its owner. One evidence concept for relations, events, posts and actors' attributes.
 */
public enum Backed {
    RELATION("relationId", e -> e.relationId, (e, id) -> e.relationId = id,
            Set.of("predicate", "start", "end", "role", "post", "onBehalfOf", "confidence")),
    EVENT("eventId", e -> e.eventId, (e, id) -> e.eventId = id,
            Set.of("kind", "title", "start", "end", "place", "participants", "instruments")),
    ACTOR("actorId", e -> e.actorId, (e, id) -> e.actorId = id,
            Set.of("name", "names", "aliases", "acronyms", "kind", "country", "start", "end", "description", "wikidata",
                    "isni", "viaf", "key")),
    POST("postId", e -> e.postId, (e, id) -> e.postId = id, Set.of("label", "role", "organization", "start", "end"));

    private final String field;
    private final Function<EvidenceEntity, Long> owner;
    private final BiConsumer<EvidenceEntity, Long> assign;
    private final Set<String> properties;

    Backed(String field, Function<EvidenceEntity, Long> owner, BiConsumer<EvidenceEntity, Long> assign, Set<String> properties) {
        this.field = field;
        this.owner = owner;
        this.assign = assign;
        this.properties = properties;
    }

    /** The entity field (HQL) naming the owner. */
    public String field() {
        return field;
    }

    public Long ownerOf(EvidenceEntity e) {
        return owner.apply(e);
    }

    public void assign(EvidenceEntity e, long id) {
        assign.accept(e, id);
    }

    /** The statements of this owner that evidence may name. */
    public Set<String> properties() {
        return properties;
    }
}
