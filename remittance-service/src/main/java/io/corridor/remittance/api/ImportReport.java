package io.corridor.remittance.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an import (or a fetch) did: how many observations were new, revised, unchanged, or missing with nothing to revise. */
@Schema(name = "ImportReport", requiredProperties = { "id", "format", "source", "release", "releaseDate", "rows", "new", "revised", "unchanged",
        "missing", "importedAt", "importedBy" })
public record ImportReport(
        @Schema(example = "12") long id,
        @Schema(enumeration = { "wb-json", "wb-csv", "desa-csv", "sdmx-csv", "desa-xlsx", "knomad-xlsx", "wb-zip" }, example = "wb-csv")
        String format,
        @Schema(example = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv") String fileName,
        @Schema(example = "World Development Indicators") String source,
        @Schema(description = "The release (vintage) recorded on new revisions", example = "2025-01-28") String release,
        @Schema(description = "The publisher's release date of that release", example = "2025-01-28") java.time.LocalDate releaseDate,
        @Schema(description = "Observations read (one per year cell in wide files)", example = "64") long rows,
        @JsonProperty("new") @Schema(description = "Observations seen for the first time", example = "60") long created,
        @Schema(description = "Observations whose value or status changed: a new revision", example = "0") long revised,
        @Schema(description = "Observations identical to their latest revision", example = "0") long unchanged,
        @Schema(description = "Empty cells with no earlier value to revise", example = "4") long missing,
        OffsetDateTime importedAt,
        @Schema(example = "curator") String importedBy,
        @Schema(description = "A fetch: the request sent to the publisher's API (without its page number)",
                example = "https://api.worldbank.org/v2/country/MLI/indicator/BX.TRF.PWKR.CD.DT?format=json&footnote=y&per_page=1000")
        String url,
        @Schema(description = "A fetch: when the publisher's API answered (its last page)") OffsetDateTime retrievedAt,
        @Schema(description = "A fetch: how many pages were retrieved", example = "1") Integer pages) {

    /** The report of a fetch: the import's, with how many pages were retrieved. */
    public ImportReport withPages(int n) {
        return new ImportReport(id, format, fileName, source, release, releaseDate, rows, created, revised, unchanged, missing,
                importedAt, importedBy, url, retrievedAt, n);
    }
}
