package io.corridor.document.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the listing and the search, as sent; {@link io.corridor.document.service.DocumentFilter} validates them. */
public class DocumentFilterParams {

    @QueryParam("kind")
    @Parameter(description = "Only documents of this kind", example = "policy_briefing")
    public String kind;

    @QueryParam("language")
    @Parameter(description = "Only documents in this language", example = "fr")
    public String language;

    @QueryParam("from")
    @Parameter(description = "Only documents dated on or after this partial date (YYYY, YYYY-MM or YYYY-MM-DD)", example = "2016")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Only documents dated on or before this partial date", example = "2023-06")
    public String to;

    @QueryParam("tag")
    @Parameter(description = "Only documents with this tag", example = "mali")
    public String tag;
}
