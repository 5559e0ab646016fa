package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One search result: its source ({@code document}; {@code annotation} once annotations join the
 * index), the document, a highlighted snippet and the code-point offsets of the matched passage.
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
        @Schema(description = "Code-point offset just after the last matched word of the snippet", example = "1531") Integer end) {
}
