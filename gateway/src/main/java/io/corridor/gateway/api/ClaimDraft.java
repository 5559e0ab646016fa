package io.corridor.gateway.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim to store: the figure, the document stating it, the quote and the annotation anchoring it. */
@Schema(name = "ClaimDraft")
public record ClaimDraft(
        @NotBlank @Size(max = 500) @Schema(description = "File name or identifier of the document", example = "diaspora-engagement-mapping-mali.md") String document,
        @Size(max = 2000) @Schema(description = "IRI of the annotation anchoring the figure") String annotation,
        @Size(max = 4000) @Schema(example = "les seuls envois de fonds étant estimés à 964 milliards de dollars US en 2019") String quote,
        @NotBlank @Schema(example = "BX.TRF.PWKR.CD.DT") String indicator,
        @NotBlank @Schema(example = "MLI") String country,
        @Schema(example = "FRA") String counterpart,
        @NotBlank @Schema(example = "2019") String period,
        @NotNull @Schema(example = "964000000000") BigDecimal value,
        @NotBlank @Schema(example = "USD") String unit,
        @Size(max = 300) @Schema(description = "The source the document cites", example = "World Bank 2019") String sourceCited) {
}
