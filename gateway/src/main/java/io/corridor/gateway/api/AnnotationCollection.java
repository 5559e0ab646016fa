package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The annotation container (W3C AnnotationCollection): the count of what the caller may see and its pages. */
@Schema(name = "AnnotationCollection", description = "total counts only the annotations the caller may see. first is the "
        + "embedded first page (PreferContainedDescriptions, PreferContainedIRIs) or its IRI (PreferMinimalContainer). "
        + "An export embeds every item in first.")
public record AnnotationCollection(
        @JsonProperty("@context") @Schema(anyOf = { String.class, String[].class }, example = "http://www.w3.org/ns/anno.jsonld") Object context,
        @Schema(example = "http://localhost:8080/api/v1/annotations/?document=12") String id,
        @Schema(anyOf = { String.class, String[].class }, example = "AnnotationCollection") Object type,
        @Schema(example = "Annotations") String label,
        @Schema(example = "42") Long total,
        @Schema(anyOf = { String.class, AnnotationPage.class }) Object first,
        @Schema(description = "IRI of the last page") String last) {
}
