package io.corridor.remittance.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a revision's value came from: a row of an imported file, a row of a publisher's API answer (the request sent and
 * when it was answered), or a quote of a document (and its annotation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ObservationProvenance")
public record Provenance(
        @Schema(description = "The import that recorded it", example = "12") Long importId,
        @Schema(example = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv") String fileName,
        @Schema(description = "Record of the file (1-based, header and preamble included)", example = "7") Long row,
        @Schema(example = "diaspora-engagement-mapping-mali.md") String document,
        @Schema(example = "Transferts de fonds (en millions de dollars US) : **1,867**") String quote,
        @Schema(description = "IRI of the annotation that anchors the figure") String annotation,
        @Schema(description = "The request a fetch sent to the publisher's API (without its page number: row counts across "
                + "pages)", example = "https://api.worldbank.org/v2/country/MLI/indicator/BX.TRF.PWKR.CD.DT?format=json&footnote=y&per_page=1000")
        String url,
        @Schema(description = "When the publisher's API answered that request") java.time.OffsetDateTime retrievedAt) {
}
