package io.corridor.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document with everything the reading page shows, composed by the gateway: its versions and
 * pages, the annotations the caller may see, the actors it names and the verdicts of its claims.
 * A member whose service failed is absent and named in {@code degraded}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DocumentView")
public record DocumentView(
        @Schema(required = true, description = "The document (document-service)") JsonNode document,
        @Schema(description = "Every version, oldest first (document-service)") JsonNode versions,
        @Schema(description = "Pages of the latest version, for paginated formats (document-service)") JsonNode pages,
        @Schema(description = "The annotations the caller may see (document-service annotation container)") ViewAnnotations annotations,
        @Schema(description = "The actors the latest version names and those its annotations identify, most mentioned first (actor-service)") List<ViewActor> actors,
        @Schema(description = "Mentions whose alias belongs to several actors (actor-service)", example = "2") Integer ambiguousMentions,
        @Schema(description = "Figures stated in the document, each with its verdict against today's reference data (remittance-service)") List<JsonNode> claims,
        @Schema(required = true, description = "The parts that could not be fetched; empty when the view is complete") List<ViewDegradation> degraded) {
}
