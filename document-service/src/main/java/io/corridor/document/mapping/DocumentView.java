package io.corridor.document.mapping;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A document as the API shows it: its metadata and its latest version. The ETag header carries its revision. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Document")
public record DocumentView(
        @Schema(example = "1") long id,
        @Schema(example = "Communiqué conjoint du dialogue de haut niveau Mali-Union européenne sur les questions migratoires") String title,
        @Schema(example = "[\"Gouvernement du Mali et Union européenne\"]") List<String> authors,
        @Schema(description = "Actor (actor-service id) that issued the document", example = "12") Long issuer,
        @Schema(description = "Partial date: YYYY, YYYY-MM or YYYY-MM-DD", example = "2016-12-11") String date,
        @Schema(description = "academic_article, policy_briefing, official_communique, white_paper, country_factsheet, press_article, interview, dataset_note or other",
                example = "official_communique") String kind,
        @Schema(description = "Language tag (given, or detected: fr or en); it chooses the search configuration", example = "fr") String language,
        @Schema(example = "https://www.consilium.europa.eu/") String sourceUrl,
        @Schema(example = "[\"mali\", \"readmission\"]") List<String> tags,
        @Schema(description = "The latest version") VersionView version,
        @Schema(example = "annotator") String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore long revision) {
}
