package io.corridor.document.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The schema of the container's compact form ({@code form=compact}): one page of what a highlight layer
 * needs to paint and filter annotations, without their bodies' text nor their selectors' quotes. A
 * client that wants an annotation whole reads it at its IRI.
 */
@Schema(name = "AnnotationSpans", description = """
        One page of the container in its compact form (form=compact): for each annotation the caller may see, its \
        uuid, its span in code points, and what decides how it is painted and filtered. Paged and filtered as the \
        container (page, size, document, creator, tag, motivation, actor, from, to, status); total counts every page.""",
        requiredProperties = { "id", "total", "startIndex", "items" })
public record AnnotationSpans(
        @Schema(example = "http://localhost:8080/api/v1/annotations/?document=7&size=1000&page=0&form=compact") String id,
        @Schema(minimum = "0", description = "Number of annotations the caller may see, over all pages", example = "5000")
        long total,
        @Schema(minimum = "0", description = "Index of the page's first item over all pages", example = "0") long startIndex,
        @Schema(description = "The next page; absent on the last") String next,
        @Schema(description = "The previous page; absent on the first") String prev,
        @Schema(type = SchemaType.ARRAY, implementation = Span.class) List<Span> items) {

    @Schema(name = "AnnotationSpan", description = """
            An annotation as a highlight layer paints it. start and end are absent for a reply (replyTo names its \
            parent) and for an annotation anchored by its quote only; tags and actors are empty when a moderator hid it \
            from the caller.""", requiredProperties = { "id", "motivation", "creator", "status", "visibility", "tags", "actors" })
    public record Span(
            @Schema(description = "The annotation's uuid, the last segment of its IRI") UUID id,
            @Schema(minimum = "0", description = "First code point of the passage (TextPositionSelector)", example = "120")
            Integer start,
            @Schema(minimum = "1", description = "Code point after the passage", example = "141") Integer end,
            @Schema(example = "commenting") String motivation,
            @Schema(description = "The creator's user name", example = "annotator") String creator,
            @Schema(enumeration = { "proposed", "accepted", "rejected", "pending" }, example = "accepted") String status,
            @Schema(enumeration = { "private", "team", "public" }, example = "team") String visibility,
            @Schema(enumeration = { "anchored", "orphaned" }, description = "Absent for a reply") String anchorState,
            @Schema(description = "The values of its tagging bodies, as written") List<String> tags,
            @Schema(description = "Ids of the actors its bodies link") List<Long> actors,
            @Schema(description = "The uuid of the annotation a reply answers") UUID replyTo,
            @Schema(description = "Hidden by a moderator (the label everyone sees)") Boolean hidden,
            @Schema(type = SchemaType.ARRAY, implementation = End.class, description = "A relation's passages (motivation "
                    + "linking, two or more targets) in order, its own first; absent for any other annotation") List<End> targets) {
    }

    @Schema(name = "AnnotationSpanEnd", description = "One passage of a relation: its document and its span in code points "
            + "(absent when it has no position).", requiredProperties = { "document" })
    public record End(
            @Schema(minimum = "1", description = "The document's id", example = "9") long document,
            @Schema(minimum = "0", example = "33") Integer start,
            @Schema(minimum = "1", example = "44") Integer end) {
    }
}
