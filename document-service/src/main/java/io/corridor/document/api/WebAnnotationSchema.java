package io.corridor.document.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAPI description of the JSON-LD {@link io.corridor.document.mapping.AnnotationReader} reads and {@link io.corridor.document.mapping.AnnotationWriter} writes (they build
 * the JSON themselves: W3C allows several shapes that one Java type would not capture). One schema serves requests
 * and responses: what the server sets is {@code readOnly}, required in answers only (OpenAPI 3.0's rule for required
 * read-only members).
 * The schema names are the public contract's: generated clients keep their type names.
 */
@Schema(name = "Annotation", description = """
        W3C Web Annotation (media type application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"). id, creator, \
        created, modified, status and anchorState are set by the server: values a client sends for them are ignored. \
        Unknown members, motivations, purposes, formats and selector types are refused (400 naming the member). \
        A reply (motivation replying) targets its parent annotation's IRI.""",
        requiredProperties = { "target", "id", "creator", "created", "modified", "status" })
public record WebAnnotationSchema(
        @JsonProperty("@context") @Schema(name = "@context", description = "The W3C annotation context",
                example = "http://www.w3.org/ns/anno.jsonld") Object context,
        @Schema(readOnly = true, description = "Public IRI, <public-url>/api/v1/annotations/{uuid}; set by the server",
                example = "http://localhost:8080/api/v1/annotations/3f1c0a52-9d1e-4b8a-a0b5-3c7d2e8f9a10") String id,
        @Schema(enumeration = { "Annotation" }, description = "Annotation (the server writes it; optional in requests)",
                example = "Annotation") String type,
        @Schema(enumeration = { "commenting", "highlighting", "tagging", "identifying", "linking", "questioning", "assessing",
                "replying", "classifying" }, example = "commenting", description = "Always in answers. Optional in requests: without it the "
                + "server stores one derived from the bodies (a reply: replying; no body: highlighting; text other than tags: "
                + "commenting, or that text's purpose; tags alone: tagging; links: identifying when one names an actor, else "
                + "the link's purpose, else linking)") String motivation,
        // comments, tags and links: their description is the schema's own (a reference may not carry one in OpenAPI 3.0)
        AnnotationBodies body,
        @Schema(maxLength = 10_000, description = "Shortcut for one text/plain TextualBody (requests only)") String bodyValue,
        @Schema(description = "The passage of a document, or for a reply the IRI of the annotation it answers, or for a "
                + "relation (motivation linking) 2 to 20 passages of one or several documents",
                anyOf = { Target.class, String.class, AnnotationLinkTargets.class }) Object target,
        @Schema(readOnly = true, anyOf = { Agent.class, String.class }, description = "Who wrote it, from the caller's "
                + "token: a Person, or Software for corridor-suggester (what a request sends is ignored)") Object creator,
        @Schema(readOnly = true, anyOf = { Agent.class, String.class }, description = "The software that wrote it on the "
                + "creator's behalf: corridor-suggester, or the tool an imported annotation came from") Object generator,
        @Schema(readOnly = true, description = "Set by the server") OffsetDateTime created,
        @Schema(readOnly = true, description = "Set by the server") OffsetDateTime modified,
        @Schema(maxLength = 2000, format = "uri", description = "W3C canonical: the one IRI that names this annotation "
                + "wherever it is copied; stored and given back as sent", example = "urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df")
        String canonical,
        AnnotationVia via,
        @Schema(enumeration = { "private", "team", "public" }, defaultValue = "team", description = "Corridor extension: "
                + "who may see it (private: the creator; team: the creator's teams; public: every reader); kept when a PUT "
                + "leaves it out. A reply is never wider than its parent: 422 when asked to be; left out, the narrower of "
                + "team and the parent's") String visibility,
        @Schema(readOnly = true, enumeration = { "pending", "proposed", "accepted", "rejected" }, description = "Corridor extension, "
                + "set by curators: accepted for people's annotations, proposed for corridor-suggester's, pending for those "
                + "of a pre-moderated team's non-curators (seen by their creator and curators only until accepted)") String status,
        @Schema(readOnly = true, enumeration = { "anchored", "orphaned" }, description = "Corridor extension: orphaned when "
                + "a new version of the document no longer contains the passage (absent on replies)") String anchorState,
        @Schema(readOnly = true, enumeration = { "curated" }, description = "Corridor extension, present on the curated layer "
                + "of a document: a curator's merge of its annotators' versions, whose via names the annotations it was taken "
                + "from (absent on annotators' own annotations)") String layer,
        @Schema(readOnly = true, description = "Corridor extension, present when a curator hid the annotation") Moderation moderation) {

    @Schema(name = "AnnotationModerationState", description = "A hidden annotation: everyone but its creator and curators "
            + "gets it without its bodies, with this label; the creator and curators also get who hid it, when and why",
            requiredProperties = { "hidden", "label" })
    public record Moderation(
            @Schema(description = "Always true (the member is absent on a visible annotation)") boolean hidden,
            @Schema(example = "hidden by moderator") String label,
            @Schema(description = "The curator who hid it") String by,
            OffsetDateTime at,
            @Schema(maxLength = 2000) String reason) {
    }

    @Schema(name = "WebAnnotationBody", description = """
            A TextualBody (value, format text/plain or text/markdown, language, purpose) or a SpecificResource \
            (source: an actor <public-url>/api/v1/actors/{id} with purpose identifying, an indicator observation or a \
            claim with purpose linking or assessing, a vocabulary concept's IRI with purpose tagging or classifying). Markdown is stored as written and must be sanitised before it is \
            rendered. Without purpose, the annotation's motivation applies to the body.""", requiredProperties = { "type" })
    public record Body(
            @Schema(enumeration = { "TextualBody", "SpecificResource" }, example = "TextualBody") String type,
            @Schema(maxLength = 10_000, description = "Text of a TextualBody, at most 10,000 characters (100 for a tag)",
                    example = "Le **paragraphe 3** parle de réadmission.") String value,
            @Schema(enumeration = { "text/plain", "text/markdown" }, example = "text/plain") String format,
            @Schema(description = "Language tag of the value", example = "fr") String language,
            @Schema(enumeration = { "commenting", "highlighting", "tagging", "identifying", "linking", "questioning",
                    "assessing", "replying", "classifying" }, example = "commenting", description = "tagging with a "
                    + "vocabulary concept's IRI as source is a concept tag; classifying types a relation") String purpose,
            @Schema(maxLength = 2000, description = "IRI a SpecificResource links to",
                    example = "http://localhost:8080/api/v1/actors/12") String source) {
    }

    @Schema(name = "WebAnnotationTarget", description = "A passage of one version of a document. A reply's target is "
            + "instead the parent annotation's IRI (a plain string, no selectors).", requiredProperties = { "source" })
    public record Target(
            @Schema(enumeration = { "SpecificResource" }, example = "SpecificResource") String type,
            @Schema(maxLength = 2000, description = "The document's public IRI",
                    example = "http://localhost:8080/api/v1/documents/7") String source,
            @Schema(minimum = "1", description = "The version the selectors count in (default: the latest)", example = "1")
            Integer version,
            AnnotationSelectors selector) {
    }

    @Schema(name = "AnnotationSelector", description = """
            TextQuoteSelector {exact, prefix, suffix: 32 code points of context} or TextPositionSelector {start, end: \
            code points of the version's NFC text, end exclusive}. The server fills prefix and suffix and the other \
            selector when only one is sent.""", requiredProperties = { "type" })
    public record Selector(
            @Schema(enumeration = { "TextQuoteSelector", "TextPositionSelector" }, example = "TextQuoteSelector") String type,
            @Schema(maxLength = 100_000, description = "The quoted passage (TextQuoteSelector)",
                    example = "accord de réadmission") String exact,
            @Schema(description = "Text just before the quote (TextQuoteSelector)") String prefix,
            @Schema(description = "Text just after the quote (TextQuoteSelector)") String suffix,
            @Schema(minimum = "0", description = "First code point of the passage (TextPositionSelector)", example = "120")
            Integer start,
            @Schema(minimum = "1", description = "Code point after the passage (TextPositionSelector)", example = "141")
            Integer end) {
    }

    @Schema(name = "AnnotationAgent", description = "A Person (a member of the realm), or Software: the "
            + "corridor-suggester agent, or the tool an imported annotation came from", requiredProperties = { "type", "name" })
    public record Agent(
            @Schema(enumeration = { "Person", "Software" }, example = "Person") String type,
            @Schema(example = "annotator") String name,
            @Schema(example = "annotator") String nickname) {
    }

    @Schema(name = "AnnotationCollection", description = """
            The container (W3C Web Annotation Protocol), or an export. total counts only the annotations the caller \
            may see. first is the embedded first page (PreferContainedDescriptions, the default, or PreferContainedIRIs) \
            or its IRI (PreferMinimalContainer). An export embeds every item in first.""",
            requiredProperties = { "id", "type", "total", "first" })
    public record Collection(
            @JsonProperty("@context") @Schema(name = "@context", description = "The W3C annotation context, and the LDP "
                    + "one for the container", example = "[\"http://www.w3.org/ns/anno.jsonld\", \"http://www.w3.org/ns/ldp.jsonld\"]")
            Object context,
            @Schema(example = "http://localhost:8080/api/v1/annotations/?document=7") String id,
            @Schema(type = SchemaType.ARRAY, description = "AnnotationCollection (with BasicContainer for the container)",
                    example = "[\"BasicContainer\", \"AnnotationCollection\"]") List<String> type,
            @Schema(example = "Corridor annotations") String label,
            @Schema(minimum = "0", description = "Number of annotations the caller may see, over all pages", example = "42")
            long total,
            @Schema(description = "The first page, or its IRI", anyOf = { Page.class, String.class }) Object first,
            @Schema(description = "IRI of the last page") String last) {
    }

    @Schema(name = "AnnotationPage", description = """
            One page of the container (W3C AnnotationPage), or the list of a document's orphans. items are annotations, \
            or their IRIs under Prefer: return=representation;include="http://www.w3.org/ns/oa#PreferContainedIRIs".""",
            requiredProperties = { "type", "startIndex", "items" })
    public record Page(
            @JsonProperty("@context") @Schema(name = "@context", example = "http://www.w3.org/ns/anno.jsonld") Object context,
            @Schema(example = "http://localhost:8080/api/v1/annotations/?document=7&page=0") String id,
            @Schema(enumeration = { "AnnotationPage" }, example = "AnnotationPage") String type,
            @Schema(description = "The collection this page belongs to: its IRI, or {id, label, total}") Object partOf,
            @Schema(minimum = "0", description = "Index of the page's first item over all pages", example = "0") long startIndex,
            @Schema(description = "The next page; absent on the last") String next,
            @Schema(description = "The previous page; absent on the first") String prev,
            @Schema(type = SchemaType.ARRAY, implementation = AnnotationPageItem.class, description = "The annotations, or their IRIs")
            List<Object> items) {
    }


    @Schema(name = "AnnotationRevision", description = "One entry of GET /api/v1/annotations/{uuid}/history: who changed "
            + "what, when, with the annotation before and after", requiredProperties = { "revision", "action", "actor", "at" })
    public record Change(
            @Schema(minimum = "0", description = "The annotation's revision (ETag) after the change", example = "2") long revision,
            @Schema(enumeration = { "created", "updated", "status", "deleted", "reanchored", "restored", "flagged", "hidden",
                    "unhidden" }, example = "updated")
            String action,
            @Schema(example = "annotator") String actor,
            OffsetDateTime at,
            @Schema(description = "Why (a status change or a moderation), when given") String reason,
            @Schema(description = "The annotation before (absent for the creation)") WebAnnotationSchema before,
            @Schema(description = "The annotation after (absent for a deletion)") WebAnnotationSchema after) {
    }
}
