package io.corridor.document;

/** One body of an annotation: a piece of text, or a link to a resource, each with an optional purpose. */
public sealed interface AnnotationBody permits TextualBody, SpecificResource {

    /** The {@link Motivation} value this body serves, or null (then the annotation's motivation applies). */
    String purpose();
}
