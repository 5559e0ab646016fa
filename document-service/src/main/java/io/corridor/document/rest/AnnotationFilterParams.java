package io.corridor.document.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.corridor.document.AnnotationFilter;

/**
 * The filters shared by the annotation container and the export, as sent; {@link AnnotationFilter}
 * validates them.
 */
public class AnnotationFilterParams {

    @QueryParam("document")
    @Parameter(description = "Target document id")
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

    AnnotationFilter toFilter() {
        return AnnotationFilter.of(document, creator, tag, motivation, actor, from, to, status);
    }
}
