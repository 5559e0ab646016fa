package io.corridor.document.api;

/**
 * The selectors of an annotation's target as W3C allows them: a list (what the server writes), or in a request a
 * single selector. A union no Java type gives: its schema is written out in application.properties
 * ({@code mp.openapi.schema.*}).
 */
public interface AnnotationSelectors {
}
