package io.corridor.document.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document as the API shows it: its metadata and its latest version. The ETag header carries its revision.
 * Named {@code Document} like its public schema, so that a {@code Page<Document>} is the public {@code PageDocument}.
 */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Document", description = "A document of the library: its metadata and its latest version. The ETag "
        + "header carries its revision.")
public record Document(
        @Schema(required = true, minimum = "1", example = "1") long id,
        @Schema(required = true, minLength = 1, maxLength = 1000,
                example = "Communiqué conjoint du dialogue de haut niveau Mali-Union européenne sur les questions migratoires") String title,
        @Schema(required = true, example = "[\"Gouvernement du Mali et Union européenne\"]") List<String> authors,
        @Schema(description = "Actor (id in /api/v1/actors) that issued the document", minimum = "1", example = "12") Long issuer,
        @Schema(description = "Partial date: YYYY, YYYY-MM or YYYY-MM-DD", pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
                example = "2016-12-11") String date,
        @Schema(required = true, description = "What sort of document it is", enumeration = { "academic_article",
                "policy_briefing", "official_communique", "white_paper", "country_factsheet", "press_article", "interview",
                "dataset_note", "other" }, example = "official_communique") String kind,
        @Schema(description = "Language tag, given or detected (fr, en); it chooses the search configuration", example = "fr") String language,
        @Schema(maxLength = 2000, example = "https://www.consilium.europa.eu/") String sourceUrl,
        @Schema(required = true, description = "Lower-case tags", example = "[\"mali\", \"readmission\"]") List<String> tags,
        @Schema(required = true, description = "The latest version") VersionView version,
        @Schema(required = true, example = "annotator") String createdBy,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @JsonIgnore long revision) {
}
