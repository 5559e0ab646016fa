package io.corridor.document.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.corridor.document.AnnotationFilter;

/**
 * The filters shared by the annotation container and the export, as sent; {@link AnnotationFilter}
 * validates them.
 */
public class AnnotationFilterParams {

    @QueryParam("document")
    @Parameter(description = "Target document id (a relation is listed on each of its documents)")
    public String document;

    @QueryParam("creator")
    @Parameter(description = "Creator's user name")
    public String creator;

    @QueryParam("tag")
    @Parameter(description = "A tag (case-insensitive)")
    public String tag;

    @QueryParam("motivation")
    @Parameter(description = "A motivation")
    public String motivation;

    @QueryParam("actor")
    @Parameter(description = "A linked actor's id")
    public String actor;

    @QueryParam("from")
    @Parameter(description = "Created on or after this day (YYYY-MM-DD)")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Created on or before this day (YYYY-MM-DD)")
    public String to;

    @QueryParam("status")
    @Parameter(description = "proposed, accepted or rejected")
    public String status;

    @QueryParam("concept")
    @Parameter(description = "A vocabulary concept's IRI: annotations tagged with it or any of its narrower concepts (transitively)",
            schema = @Schema(type = SchemaType.STRING, maxLength = AnnotationFilter.MAX_CONCEPT))
    public String concept;

    @QueryParam("layer")
    @Parameter(description = "annotators (their own annotations) or curated (the curators' merge of them, see the curation of a document)",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "annotators", "curated" }))
    public String layer;

    AnnotationFilter toFilter() {
        return AnnotationFilter.of(document, creator, tag, motivation, actor, from, to, status, concept, layer);
    }
}
