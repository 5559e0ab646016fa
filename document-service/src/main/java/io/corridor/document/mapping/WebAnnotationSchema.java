package io.corridor.document.mapping;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAPI description of the JSON-LD {@link AnnotationMapper} reads and writes (the mapper builds
 * the JSON itself: W3C allows several shapes that one Java type would not capture). Requests may
 * leave out every server-set member.
 */
@Schema(name = "WebAnnotation", description = """
        A W3C Web Annotation (JSON-LD, @context http://www.w3.org/ns/anno.jsonld). The server sets id, creator, \
        created, modified, status and anchorState; values a client sends for them are ignored. Unknown members, \
        motivations, purposes, formats and selector types are refused (400 naming the member).""")
public record WebAnnotationSchema(
        @JsonProperty("@context") @Schema(name = "@context", example = "http://www.w3.org/ns/anno.jsonld") Object context,
        @Schema(description = "The annotation's public IRI (set by the server)",
                example = "http://localhost:8080/api/v1/annotations/3f1c0a52-9d1e-4b8a-a0b5-3c7d2e8f9a10") String id,
        @Schema(example = "Annotation") String type,
        @Schema(description = "commenting, highlighting, tagging, identifying, linking, questioning, assessing or replying",
                example = "commenting") String motivation,
        @Schema(description = "The bodies (an array; a single body object or an IRI string is accepted too). At most 50.")
        List<Body> body,
        @Schema(description = "Shortcut for one text/plain TextualBody (requests only)") String bodyValue,
        @Schema(description = "A passage of a document (object), or for a reply the IRI of the annotation it answers (string)",
                oneOf = { Target.class, String.class }) Object target,
        @Schema(description = "Who wrote it (set by the server): a Person, or Software for corridor-suggester")
        Agent creator,
        @Schema(description = "The software that wrote it on the creator's behalf (the suggester, an import)")
        Agent generator,
        @Schema(description = "Set by the server") OffsetDateTime created,
        @Schema(description = "Set by the server") OffsetDateTime modified,
        @Schema(description = "Corridor extension: who may see it (private: the creator; team: the creator's teams; public: every reader). Default team; kept when a PUT leaves it out.",
                enumeration = { "private", "team", "public" }) String visibility,
        @Schema(description = "Corridor extension, read-only: set by curators (accepted for people's annotations, proposed for the suggester's)",
                enumeration = { "proposed", "accepted", "rejected" }) String status,
        @Schema(description = "Corridor extension, read-only: whether the quote was found in the version it points into (absent on replies)",
                enumeration = { "anchored", "orphaned" }) String anchorState) {

    @Schema(name = "WebAnnotationBody", description = """
            A TextualBody (value, format text/plain or text/markdown, language, purpose) or a SpecificResource \
            (source: an actor's IRI with purpose identifying, an indicator observation or claim with purpose linking \
            or assessing). Markdown is stored as written and must be sanitised before it is rendered.""")
    public record Body(
            @Schema(enumeration = { "TextualBody", "SpecificResource" }) String type,
            @Schema(description = "Text of a TextualBody, at most 10,000 characters (100 for a tag)",
                    example = "Le **paragraphe 3** parle de réadmission.") String value,
            @Schema(enumeration = { "text/plain", "text/markdown" }) String format,
            @Schema(example = "fr") String language,
            @Schema(description = "One of the motivations", example = "commenting") String purpose,
            @Schema(description = "IRI a SpecificResource links to", example = "http://localhost:8080/api/v1/actors/12")
            String source) {
    }

    @Schema(name = "WebAnnotationTarget", description = "A passage of one version of a document")
    public record Target(
            @Schema(example = "SpecificResource") String type,
            @Schema(description = "The document's IRI", example = "http://localhost:8080/api/v1/documents/7") String source,
            @Schema(description = "The version the selectors point into (default: the latest)", example = "1") Integer version,
            @Schema(description = "TextQuoteSelector, TextPositionSelector or both (one is enough in requests: the server fills the other, and prefix and suffix)")
            List<Selector> selector) {
    }

    @Schema(name = "WebAnnotationSelector", description = """
            TextQuoteSelector (exact, prefix, suffix: 32 code points of context) or TextPositionSelector (start, end: \
            code points of the version's NFC text, end exclusive)""")
    public record Selector(
            @Schema(enumeration = { "TextQuoteSelector", "TextPositionSelector" }) String type,
            @Schema(example = "accord de réadmission") String exact,
            String prefix,
            String suffix,
            @Schema(example = "120") Integer start,
            @Schema(example = "141") Integer end) {
    }

    @Schema(name = "WebAnnotationAgent")
    public record Agent(
            @Schema(enumeration = { "Person", "Software" }) String type,
            @Schema(example = "annotator") String name,
            @Schema(example = "annotator") String nickname) {
    }

    @Schema(name = "AnnotationCollection", description = """
            The container (W3C Web Annotation Protocol). By default (or with Prefer PreferContainedDescriptions) \
            first is the embedded first page with full annotations; with PreferContainedIRIs its items are IRIs; with \
            PreferMinimalContainer first and last are page IRIs.""")
    public record Collection(
            @JsonProperty("@context") @Schema(name = "@context") Object context,
            @Schema(example = "http://localhost:8080/api/v1/annotations/?document=7") String id,
            @Schema(type = SchemaType.ARRAY, example = "[\"BasicContainer\", \"AnnotationCollection\"]") List<String> type,
            @Schema(example = "Corridor annotations") String label,
            @Schema(description = "Number of annotations the caller may see, over all pages") long total,
            @Schema(description = "The first page: its IRI, or the page itself", oneOf = { Page.class, String.class }) Object first,
            @Schema(description = "IRI of the last page") String last) {
    }

    @Schema(name = "AnnotationPage", description = "One page of the container; items are annotations or their IRIs")
    public record Page(
            @JsonProperty("@context") @Schema(name = "@context") Object context,
            @Schema(example = "http://localhost:8080/api/v1/annotations/?document=7&page=0") String id,
            @Schema(example = "AnnotationPage") String type,
            @Schema(description = "The collection: id, label, total") Object partOf,
            @Schema(description = "Index of the first item over all pages", example = "0") long startIndex,
            String next,
            String prev,
            @Schema(description = "Annotations (WebAnnotation) or their IRIs") List<Object> items) {
    }

    @Schema(name = "AnnotationChange", description = "One change of an annotation")
    public record Change(
            @Schema(description = "The annotation's revision (ETag) after the change", example = "1") long revision,
            @Schema(enumeration = { "created", "updated", "status", "deleted", "reanchored", "restored" }) String action,
            @Schema(example = "annotator") String actor,
            OffsetDateTime at,
            @Schema(description = "Why (status changes and moderation), when given") String reason,
            @Schema(description = "The annotation before (absent on creation)") WebAnnotationSchema before,
            @Schema(description = "The annotation after (absent on deletion)") WebAnnotationSchema after) {
    }
}
