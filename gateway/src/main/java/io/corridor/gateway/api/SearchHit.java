package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One search result: its source ({@code document}, or {@code annotation} for the text of an
 * annotation the caller may see), the document, a highlighted snippet, the code-point offsets of the
 * matched passage, and for an annotation hit its IRI.
 */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SearchHit")
public record SearchHit(
        @Schema(description = "document or annotation", example = "document") String source,
        Document document,
        @Schema(description = "Version whose text the offsets refer to", example = "1") int version,
        @Schema(description = "Relevance (PostgreSQL ts_rank); higher is better", example = "0.0759") double rank,
        @Schema(description = "Passage around the match, HTML-escaped, matched words in <mark>",
                example = "… l’accord de <mark>réadmission</mark> entre le Mali et …") String snippet,
        @Schema(description = "Code-point offset of the first matched word in the version's text", example = "1520") Integer start,
        @Schema(description = "Code-point offset just after the last matched word of the snippet", example = "1531") Integer end,
        @Schema(description = "For an annotation hit: the annotation's IRI (the snippet is from its bodies, start and end are the passage it annotates)",
                example = "http://localhost:8080/api/v1/annotations/3f1c0a52-9d1e-4b8a-a0b5-3c7d2e8f9a10") String annotation) {
}
