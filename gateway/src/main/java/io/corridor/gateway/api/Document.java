package io.corridor.gateway.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A document of the library: its metadata and its latest version. The ETag header carries its revision. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Document")
public record Document(
        @Schema(example = "1") long id,
        @Schema(example = "Communiqué conjoint du dialogue de haut niveau Mali-Union européenne sur les questions migratoires") String title,
        @Schema(example = "[\"Gouvernement du Mali et Union européenne\"]") List<String> authors,
        @Schema(description = "Actor (id in /api/v1/actors) that issued the document", example = "12") Long issuer,
        @Schema(description = "Partial date: YYYY, YYYY-MM or YYYY-MM-DD", example = "2016-12-11") String date,
        @Schema(description = "academic_article, policy_briefing, official_communique, white_paper, country_factsheet, "
                + "press_article, interview, dataset_note or other", example = "official_communique") String kind,
        @Schema(description = "Language tag, given or detected (fr, en); it chooses the search configuration", example = "fr") String language,
        @Schema(example = "https://www.consilium.europa.eu/") String sourceUrl,
        @Schema(description = "Lower-case tags", example = "[\"mali\", \"readmission\"]") List<String> tags,
        @Schema(description = "The latest version") DocumentVersion version,
        @Schema(example = "annotator") String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
