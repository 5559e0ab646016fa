package io.corridor.document.api;

/**
 * W3C {@code via}: one IRI, or a list of them, given back in the form sent. A union no Java type gives: its
 * schema is written out in application.properties ({@code mp.openapi.schema.*}).
 */
public interface AnnotationVia {
}
