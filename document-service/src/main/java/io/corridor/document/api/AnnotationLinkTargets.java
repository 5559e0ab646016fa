package io.corridor.document.api;

/**
 * The targets of a relation between passages: a list of 2 to 20 passages. Its schema is written out in
 * application.properties ({@code mp.openapi.schema.*}), as the other W3C unions are.
 */
public interface AnnotationLinkTargets {
}
