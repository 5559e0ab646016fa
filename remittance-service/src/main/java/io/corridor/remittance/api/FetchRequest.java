package io.corridor.remittance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fetch to run: the publisher's API query, and what an import of a file takes besides the file. */
@Schema(name = "FetchRequest", requiredProperties = { "url" })
public record FetchRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "The query, under one of the allowed sources (corridor.fetch.sources): "
                + "a World Bank API v2 indicator query (format, footnote, per_page and page are set by Corridor) or an SDMX REST "
                + "2.1 data query (answered as SDMX-CSV)", maxLength = 2000,
                example = "https://api.worldbank.org/v2/country/MLI/indicator/BX.TRF.PWKR.CD.DT?date=2000:2024") String url,
        @Size(max = 20) @Schema(description = "Default: wb-json for a path with /indicator/, sdmx-csv for one with /data/",
                enumeration = { "wb-json", "sdmx-csv" }, example = "wb-json") String format,
        @Size(max = 40) @Schema(description = "SDMX only: ask for the observations updated after this instant (ISO 8601 date or "
                + "date-time with offset), sent as updatedAfter", example = "2025-01-01T00:00:00Z", nullable = true) String updatedAfter,
        @Size(max = 64) @Schema(description = "For an SDMX dataflow without an INDICATOR or SERIES dimension", nullable = true)
        String indicator,
        @Size(max = 300) @Schema(description = "Default: as the answer declares it", nullable = true) String source,
        @Size(max = 40) @Schema(description = "The publisher's release date (2025-01-28; a month or year means its last day); "
                + "default: the World Bank's lastupdated, else the day of the fetch", example = "2025-01-28", nullable = true)
        String release,
        @Schema(description = "Create unknown indicator codes instead of answering 422", defaultValue = "false", nullable = true)
        Boolean createIndicators) {
}
