package io.corridor.actor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy instrument an event acted on, and how. */
@Schema(name = "InstrumentAction", requiredProperties = { "instrument", "action" })
public record InstrumentAction(
        ActorRef instrument,
        @Schema(enumeration = { "negotiated", "signed", "adopted", "discussed", "reviewed" }, example = "signed") String action) {
}
