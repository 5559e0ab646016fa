package io.corridor.remittance.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A figure stated in a document, recorded as a document-sourced observation of an indicator, in
 * the indicator's unit. Recording the same figure again changes nothing; a different value for
 * the same document, country, counterpart, period and sex becomes a new revision.
 */
@Schema(name = "ObservationDraft")
public record ObservationDraft(
        @NotBlank @Size(max = 64) @Schema(description = "ISO 3166-1 alpha-3, alpha-2 or UN M49 number", example = "MLI") String country,
        @Size(max = 64) @Schema(description = "The other country of a bilateral figure", example = "CIV", nullable = true) String counterpart,
        @NotBlank @Size(max = 64) @Schema(description = "YYYY, YYYY-Qn, YYYY-MM, YYYY/YYYY or YYY0s", example = "2024") String period,
        @Size(max = 64) @Schema(description = "total, female or male (SDMX _T, F and M are read too); default total", example = "total",
                nullable = true) String sex,
        @NotNull @Schema(example = "403646") BigDecimal value,
        @Size(max = 64) @Schema(description = "normal, estimate, provisional, forecast or missing (SDMX A, E, P, F, M are read too); default "
                + "normal", example = "normal", nullable = true) String status,
        @NotBlank @Size(max = 500) @Schema(description = "File name of the document", example = "diaspora-engagement-mapping-mali.md") String document,
        @Size(max = 4000) @Schema(example = "Côte d'Ivoire\t403,646", nullable = true) String quote,
        @Size(max = 2000) @Schema(description = "IRI of the annotation anchoring the figure", nullable = true) String annotation,
        @Size(max = 300) @Schema(description = "The source the document cites, kept as the release", example = "UNDESA (2024)",
                nullable = true) String sourceCited) {
}
