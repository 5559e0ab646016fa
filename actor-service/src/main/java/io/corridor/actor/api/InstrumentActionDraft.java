package io.corridor.actor.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An instrument an event acted on, as a client sends it. */
@Schema(name = "InstrumentActionDraft")
public record InstrumentActionDraft(
        @NotNull @Schema(required = true, description = "Id of an instrument (agreement, policy, programme, fund)", example = "2") Long instrument,
        @NotNull @Pattern(regexp = "negotiated|signed|adopted|discussed|reviewed", message = "must be negotiated, signed, adopted, discussed or reviewed")
        @Schema(required = true, enumeration = { "negotiated", "signed", "adopted", "discussed", "reviewed" }, example = "signed") String action) {
}
