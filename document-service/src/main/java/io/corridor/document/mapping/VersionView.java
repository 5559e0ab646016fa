package io.corridor.document.mapping;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One version of a document: the file it came from and the shape of its text. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DocumentVersion")
public record VersionView(
        @Schema(description = "Version number, 1 for the first upload", example = "1") int n,
        @Schema(description = "SHA-256 of the original file, hexadecimal", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "Media type of the original file", example = "application/pdf") String mediaType,
        @Schema(description = "File name as uploaded", example = "communique-mali-ue-2016.pdf") String fileName,
        @Schema(description = "Size of the original file in bytes", example = "48213") long size,
        @Schema(description = "Length of the text in Unicode code points", example = "5998") int textLength,
        @Schema(description = "Number of pages, for paginated formats (PDF)", example = "3") Integer pageCount,
        @Schema(description = "True when a PDF had no text layer (a scan): kept, but without text; OCR is out of scope") boolean noTextLayer,
        @Schema(example = "annotator") String createdBy,
        OffsetDateTime createdAt,
        @Schema(description = "Only in the answer to the upload of a new version: what re-anchoring the document's annotations to it gave") ReanchoringCount reanchoring) {

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
