package io.corridor.document.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of an upload, as the OpenAPI document describes it (the resource reads the parts itself). */
@Schema(name = "DocumentUpload", description = "A file and its metadata, as multipart/form-data parts", requiredProperties = { "file" })
public class DocumentUploadForm {

    static final String DATE = "A partial date: YYYY, YYYY-MM or YYYY-MM-DD";

    @Schema(type = SchemaType.STRING, format = "binary", description = "The file, at most 50 MiB")
    public String file;
    @Schema(maxLength = 1000, description = "Title; the file name when absent", example = "Mali : éviter le piège de l'isolement")
    public String title;
    @Schema(description = "Authors, one per part", example = "[\"International Crisis Group\"]")
    public List<String> authors;
    @Schema(description = "Id of the issuing actor", example = "12")
    public String issuer;
    @Schema(description = DATE, example = "2023-02-09")
    public String date;
    @Schema(description = "Language tag; detected (fr or en) when absent", example = "fr")
    public String language;
    @Schema(description = "Kind; other when absent", enumeration = { "academic_article", "policy_briefing",
            "official_communique", "white_paper", "country_factsheet", "press_article", "interview", "dataset_note", "other" },
            example = "policy_briefing")
    public String kind;
    @Schema(maxLength = 2000, description = "Where the document was published", example = "https://www.crisisgroup.org/")
    public String sourceUrl;
    @Schema(description = "Tags, one per part or comma-separated", example = "[\"mali\", \"sahel\"]")
    public List<String> tags;
}
