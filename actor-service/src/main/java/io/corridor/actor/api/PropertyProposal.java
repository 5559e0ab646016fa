package io.corridor.actor.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The properties a type of actor offers for data extension. */
@Schema(name = "PropertyProposal", requiredProperties = { "properties" })
public record PropertyProposal(
        @Schema(description = "The type asked for", example = "diaspora_institution") String type,
        List<ReconciliationType> properties,
        @Schema(description = "The limit asked for") Integer limit) {
}
