package io.corridor.gateway.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One uploaded file of a document and the shape of the text extracted from it; never changes once stored. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DocumentVersion")
public record DocumentVersion(
        @Schema(description = "Version number, 1 for the first upload", example = "1") int n,
        @Schema(description = "SHA-256 of the original file, hexadecimal",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "Media type of the original file", example = "application/pdf") String mediaType,
        @Schema(description = "File name as uploaded", example = "communique-mali-ue-2016.pdf") String fileName,
        @Schema(description = "Size of the original file in bytes", example = "48213") long size,
        @Schema(description = "Length of the text in Unicode code points", example = "5998") int textLength,
        @Schema(description = "Number of pages, for paginated formats (PDF)", example = "3") Integer pageCount,
        @Schema(description = "A PDF without a text layer (a scan): kept, flagged, without text (OCR is out of scope)") boolean noTextLayer,
        @Schema(example = "annotator") String createdBy,
        OffsetDateTime createdAt,
        @Schema(description = "On a new version: what became of the document's annotations (absent otherwise)")
        Reanchoring reanchoring) {
}
