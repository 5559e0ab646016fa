package io.corridor.document.api;

/**
 * The bodies of an annotation as W3C allows them: a list of bodies (what the server writes), or in a request a single
 * body or a bare IRI. A union no Java type gives: its schema is written out in application.properties
 * ({@code mp.openapi.schema.*}).
 */
public interface AnnotationBodies {
}
