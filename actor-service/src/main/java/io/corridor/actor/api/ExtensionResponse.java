package io.corridor.actor.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The properties of each actor asked for: meta names the columns, rows holds each actor's values. */
@Schema(name = "ExtensionResponse", requiredProperties = { "meta", "rows" })
public record ExtensionResponse(
        List<ReconciliationType> meta,
        @Schema(description = "Actor id → property id → values ({\"str\": text} or {\"id\", \"name\"} for an actor)")
        Map<String, Map<String, List<Map<String, String>>>> rows) {
}
