package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of the annotation container (W3C AnnotationPage), or the list of a document's orphans. */
@Schema(name = "AnnotationPage", description = "A page of annotations; items are descriptions, or IRIs under "
        + "Prefer: return=representation;include=\"http://www.w3.org/ns/oa#PreferContainedIRIs\"")
public record AnnotationPage(
        @JsonProperty("@context") @Schema(example = "http://www.w3.org/ns/anno.jsonld") Object context,
        @Schema(example = "http://localhost:8080/api/v1/annotations/?document=12&page=0") String id,
        @Schema(example = "AnnotationPage") String type,
        @Schema(anyOf = { String.class, AnnotationCollection.class }, description = "The collection this page belongs to") Object partOf,
        @Schema(description = "Index of the page's first item in the whole collection", example = "0") Long startIndex,
        @Schema(description = "The next page; absent on the last") String next,
        @Schema(description = "The previous page; absent on the first") String prev,
        @Schema(anyOf = { Annotation.class, String.class }) List<Object> items) {
}
