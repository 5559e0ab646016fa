package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The passage an annotation is about: a version of a document and the selectors of the passage. */
@Schema(name = "WebAnnotationTarget", description = "A passage of a document. A reply's target is instead the parent "
        + "annotation's IRI (a plain string, no selectors).")
public record AnnotationTarget(
        @Schema(example = "SpecificResource") String type,
        @Schema(required = true, description = "The document's public IRI", example = "http://localhost:8080/api/v1/documents/12") String source,
        @Schema(description = "Version of the document the selectors count in; the latest when absent", example = "1") Integer version,
        @Schema(description = "The passage's selectors") List<AnnotationSelector> selector) {
}
