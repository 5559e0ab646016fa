package io.corridor.document;

/**
 * A link body: an actor ({@code <public-url>/api/v1/actors/{id}}, purpose identifying), an
 * indicator observation or a claim (purpose linking or assessing), or another resource.
 * {@code actorId} is set when the source names an actor.
 */
public record SpecificResource(String source, String purpose, Long actorId) implements AnnotationBody {
}
