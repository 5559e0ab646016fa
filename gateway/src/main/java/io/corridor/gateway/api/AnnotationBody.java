package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One body of an annotation: a TextualBody (a comment or a tag) or a SpecificResource linking an actor
 * (purpose identifying), an indicator observation or a claim (linking, assessing).
 */
@Schema(name = "WebAnnotationBody", description = "A TextualBody {value, format, language, purpose} or a SpecificResource "
        + "{source, purpose}: an actor <public-url>/api/v1/actors/{id} with purpose identifying, an indicator "
        + "observation or a claim with purpose linking or assessing. A bare IRI with a purpose is accepted on input.")
public record AnnotationBody(
        @Schema(enumeration = { "TextualBody", "SpecificResource" }, example = "TextualBody") String type,
        @Schema(description = "Text of a TextualBody; markdown is stored as written, never rendered unsanitized",
                example = "Alliance attestée dès 2009") String value,
        @Schema(enumeration = { "text/plain", "text/markdown" }, example = "text/plain") String format,
        @Schema(description = "Language tag of the value", example = "fr") String language,
        @Schema(enumeration = { "commenting", "tagging", "identifying", "linking", "assessing", "describing",
                "classifying", "questioning", "replying", "highlighting", "editing", "moderating", "bookmarking" },
                example = "commenting") String purpose,
        @Schema(description = "IRI of the linked resource (SpecificResource)", example = "http://localhost:8080/api/v1/actors/7") String source) {
}
