package io.corridor.gateway.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The annotations of a composite view that the caller may see: how many there are, how many per
 * motivation (over the items listed) and the first page of them as W3C Web Annotations (JSON-LD).
 */
@Schema(name = "ViewAnnotations")
public record ViewAnnotations(
        @Schema(required = true, description = "Visible annotations in all", example = "12") long total,
        @Schema(required = true, description = "Number of listed items per motivation (commenting, identifying, tagging...)",
                example = "{\"identifying\": 7, \"commenting\": 5}") Map<String, Integer> byMotivation,
        @Schema(required = true, type = SchemaType.ARRAY, description = "The first page of annotations (at most 1000), "
                + "as the annotation container serves them") List<ObjectNode> items) {
}
