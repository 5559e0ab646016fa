package io.corridor.document.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the listing and the search, as sent; {@link io.corridor.document.DocumentFilter} validates them. */
public class DocumentFilterParams {

    static final String PARTIAL_DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

    @QueryParam("kind")
    @Parameter(description = "Only documents of this kind", example = "policy_briefing", schema = @Schema(type = SchemaType.STRING,
            enumeration = { "academic_article", "policy_briefing", "official_communique", "white_paper", "country_factsheet",
                    "press_article", "interview", "dataset_note", "other" }))
    public String kind;

    @QueryParam("language")
    @Parameter(description = "Only documents in this language", example = "fr")
    public String language;

    @QueryParam("from")
    @Parameter(description = "Only documents dated on or after this. " + DocumentUploadForm.DATE, example = "2016",
            schema = @Schema(type = SchemaType.STRING, pattern = PARTIAL_DATE))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Only documents dated on or before this. " + DocumentUploadForm.DATE, example = "2023-06",
            schema = @Schema(type = SchemaType.STRING, pattern = PARTIAL_DATE))
    public String to;

    @QueryParam("tag")
    @Parameter(description = "Only documents with this tag", example = "mali")
    public String tag;
}
