package io.corridor.gateway.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure stated in a document, recorded as a document-sourced observation in the indicator's unit. */
@Schema(name = "ObservationDraft")
public record ObservationDraft(
        @NotBlank @Schema(example = "MLI") String country,
        @Schema(example = "CIV") String counterpart,
        @NotBlank @Schema(example = "2024") String period,
        @Schema(example = "total") String sex,
        @NotNull @Schema(example = "403646") BigDecimal value,
        @Schema(example = "normal") String status,
        @NotBlank @Size(max = 500) @Schema(description = "File name of the document", example = "diaspora-engagement-mapping-mali.md") String document,
        @Size(max = 4000) @Schema(example = "Côte d'Ivoire\t403,646") String quote,
        @Size(max = 2000) @Schema(description = "IRI of the annotation anchoring the figure") String annotation,
        @Size(max = 300) @Schema(description = "The source the document cites, kept as the release", example = "UNDESA (2024)") String sourceCited) {
}
