package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The annotation container (W3C AnnotationCollection): the count of what the caller may see and its pages. */
@Schema(name = "AnnotationCollection", description = "total counts only the annotations the caller may see. first is the "
        + "embedded first page (PreferContainedDescriptions, PreferContainedIRIs) or its IRI (PreferMinimalContainer). "
        + "An export embeds every item in first.")
public record AnnotationCollection(
        @JsonProperty("@context") @Schema(description = "The W3C annotation context, and the LDP one for the container",
                example = "[\"http://www.w3.org/ns/anno.jsonld\", \"http://www.w3.org/ns/ldp.jsonld\"]") Object context,
        @Schema(example = "http://localhost:8080/api/v1/annotations/?document=12") String id,
        @Schema(description = "AnnotationCollection (with BasicContainer for the container)",
                example = "[\"BasicContainer\", \"AnnotationCollection\"]") Object type,
        @Schema(example = "Annotations") String label,
        @Schema(example = "42") Long total,
        @Schema(anyOf = { String.class, AnnotationPage.class }) Object first,
        @Schema(description = "IRI of the last page") String last) {
}
