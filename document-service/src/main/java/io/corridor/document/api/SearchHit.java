package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One search result: where it came from ({@code document}, or {@code annotation} for the text of an
 * annotation the caller may see), the document, a highlighted snippet and the code-point offsets
 * of the matched passage in the text of the given version (for an annotation: the passage it
 * annotates, and its IRI).
 */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SearchHit")
public record SearchHit(
        @Schema(required = true, description = "Where the match is: the document's text, or an annotation's bodies", enumeration = { "document", "annotation" }, example = "document") String source,
        @Schema(required = true, description = "The document matched, or the one the annotation is about") Document document,
        @Schema(required = true, minimum = "1", description = "Version whose text the offsets refer to", example = "1") int version,
        @Schema(required = true, description = "Relevance (PostgreSQL ts_rank); higher is better", example = "0.0759") double rank,
        @Schema(required = true, description = "Passage around the match, HTML-escaped, matched words in <mark>",
                example = "… l’accord de <mark>réadmission</mark> entre le Mali et …") String snippet,
        @Schema(minimum = "0", description = "Code-point offset of the first matched word in the version's text", example = "1520") Integer start,
        @Schema(minimum = "0", description = "Code-point offset just after the last matched word of the snippet", example = "1531") Integer end,
        @Schema(description = "For an annotation hit: the annotation's IRI (the snippet is from its bodies, start and end are the passage it annotates)",
                example = "http://localhost:8080/api/v1/annotations/3f1c0a52-9d1e-4b8a-a0b5-3c7d2e8f9a10") String annotation) {

    public SearchHit(String source, Document document, int version, double rank, String snippet, Integer start,
            Integer end) {
        this(source, document, version, rank, snippet, start, end, null);
    }
}
