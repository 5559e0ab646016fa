package io.corridor.document.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One version of a document: the file it came from and the shape of its text; never changes once stored. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DocumentVersion", description = "One uploaded file of a document and the shape of the text extracted "
        + "from it; never changes once stored.")
public record VersionView(
        @Schema(required = true, description = "Version number, 1 for the first upload", minimum = "1", example = "1") int n,
        @Schema(required = true, description = "SHA-256 of the original file, hexadecimal", pattern = "^[0-9a-f]{64}$",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(required = true, description = "Media type of the original file", example = "application/pdf") String mediaType,
        @Schema(description = "File name as uploaded", example = "communique-mali-ue-2016.pdf") String fileName,
        @Schema(required = true, description = "Size of the original file in bytes", minimum = "1", example = "48213") long size,
        @Schema(required = true, description = "Length of the text in Unicode code points", minimum = "0", example = "5998") int textLength,
        @Schema(description = "Number of pages, for paginated formats (PDF)", minimum = "0", example = "3") Integer pageCount,
        @Schema(required = true, description = "A PDF without a text layer (a scan): kept, flagged, without text (OCR is out "
                + "of scope)") boolean noTextLayer,
        @Schema(required = true, example = "annotator") String createdBy,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(description = "Only in the answer to the upload of a new version: what became of the document's annotations")
        ReanchoringCount reanchoring) {

    /** A version as stored and listed, without a re-anchoring outcome. */
    public VersionView(int n, String sha256, String mediaType, String fileName, long size, int textLength, Integer pageCount,
            boolean noTextLayer, String createdBy, OffsetDateTime createdAt) {
        this(n, sha256, mediaType, fileName, size, textLength, pageCount, noTextLayer, createdBy, createdAt, null);
    }

    /** The same version, with the outcome of re-anchoring to it (the answer to its upload). */
    public VersionView withReanchoring(ReanchoringCount count) {
        return new VersionView(n, sha256, mediaType, fileName, size, textLength, pageCount, noTextLayer, createdBy, createdAt, count);
    }
}
