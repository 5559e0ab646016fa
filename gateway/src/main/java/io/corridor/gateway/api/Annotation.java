package io.corridor.gateway.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A W3C Web Annotation (JSON-LD, context http://www.w3.org/ns/anno.jsonld) with Corridor's extensions
 * visibility, status and anchorState as plain top-level keys. The gateway passes annotations through as
 * the document-service wrote them; this record only describes them in the OpenAPI document.
 */
@Schema(name = "Annotation", description = "W3C Web Annotation (media type application/ld+json; "
        + "profile=\"http://www.w3.org/ns/anno.jsonld\"). id, creator, created and modified are set by the server: "
        + "values a client sends for them are ignored. Motivations: commenting, highlighting, tagging, identifying, "
        + "linking, questioning, assessing, replying (a reply targets its parent annotation's IRI).")
public record Annotation(
        @JsonProperty("@context") @Schema(description = "The W3C annotation context",
                example = "http://www.w3.org/ns/anno.jsonld") Object context,
        @Schema(description = "Public IRI, <public-url>/api/v1/annotations/{uuid}; set by the server",
                example = "http://localhost:8080/api/v1/annotations/0b8f8f8e-6f0e-4d53-9a57-5d1c43a7a2f1") String id,
        @Schema(required = true, example = "Annotation") String type,
        @Schema(description = "One of commenting, highlighting, tagging, identifying, linking, questioning, assessing, "
                + "replying", example = "commenting") String motivation,
        @Schema(anyOf = { String.class, AnnotationAgent.class }, description = "Set by the server from the caller's token") Object creator,
        @Schema(description = "Set by the server") OffsetDateTime created,
        @Schema(description = "Set by the server") OffsetDateTime modified,
        @Schema(anyOf = { String.class, AnnotationAgent.class }, description = "The software that generated the annotation: "
                + "corridor-suggester, or the tool an imported annotation came from") Object generator,
        @Schema(description = "Comments, tags and links, as the server writes them (on input a single body, or a bare "
                + "IRI, is accepted too)") List<AnnotationBody> body,
        @Schema(anyOf = { AnnotationTarget.class, String.class },
                description = "The passage, or for a reply the parent annotation's IRI") Object target,
        @Schema(enumeration = { "private", "team", "public" }, defaultValue = "team",
                description = "private: the creator only; team: the creator's teams; public: every reader. Writable.") String visibility,
        @Schema(enumeration = { "proposed", "accepted", "rejected" }, readOnly = true,
                description = "Set by curators; accepted for people's annotations, proposed for corridor-suggester's") String status,
        @Schema(enumeration = { "anchored", "orphaned" }, readOnly = true,
                description = "orphaned when a new version of the document no longer contains the passage") String anchorState) {
}
