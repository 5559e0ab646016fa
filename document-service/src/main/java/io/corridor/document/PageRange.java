package io.corridor.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a page's text lies in the document text, in code points: [start, end). */
@Schema(name = "DocumentPage", description = "Where a page's text lies in the document text, in Unicode code points: [start, end).")
public record PageRange(
        @Schema(required = true, minimum = "1", description = "1-based page number", example = "3") int page,
        @Schema(required = true, minimum = "0", description = "Code-point offset of the page's first character", example = "4210") int start,
        @Schema(required = true, minimum = "0", description = "Code-point offset just after the page's last character", example = "6388") int end) {
}
