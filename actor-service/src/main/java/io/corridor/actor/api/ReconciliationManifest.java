package io.corridor.actor.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The service manifest of the W3C Reconciliation Service API 0.2: what OpenRefine reads when the service is added
 * (its name, identifier space, types, and where previews, views and data extension live).
 */
@Schema(name = "ReconciliationManifest", requiredProperties = { "versions", "name", "identifierSpace", "schemaSpace" })
public record ReconciliationManifest(
        @Schema(example = "[\"0.1\", \"0.2\"]") List<String> versions,
        String name,
        @Schema(description = "Base of the actors' identifiers") String identifierSpace,
        @Schema(description = "Base of the types' identifiers") String schemaSpace,
        List<ReconciliationType> defaultTypes,
        @Schema(description = "{\"url\": template with {{id}}}") Map<String, String> view,
        @Schema(description = "{\"url\": template with {{id}}, \"width\", \"height\"}") Map<String, Object> preview,
        @Schema(description = "Data extension: where properties are proposed, and which") Map<String, Object> extend) {
}
