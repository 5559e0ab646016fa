package io.corridor.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a page's text lies in the document text, in code points: [start, end). */
@Schema(name = "PageRange")
public record PageRange(
        @Schema(description = "1-based page number", example = "3") int page,
        @Schema(description = "Code-point offset of the page's first character", example = "4210") int start,
        @Schema(description = "Code-point offset just after the page's last character", example = "6388") int end) {
}
