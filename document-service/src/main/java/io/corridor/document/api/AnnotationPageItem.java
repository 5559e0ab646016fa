package io.corridor.document.api;

/**
 * An item of an annotation page: the annotation itself, or its IRI (PreferContainedIRIs). Its schema,
 * {@code anyOf [Annotation, string]} without a type of its own (an annotation scanner would make any Java type an
 * object, which no IRI is), is written out in application.properties ({@code mp.openapi.schema.*}).
 */
public interface AnnotationPageItem {
}
