package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI shape of a page of actors, the generic {@code Page} with its items typed. The listing is
 * passed on as the actor-service wrote it, unparsed, so no method returns this type to name it.
 */
@Schema(name = "PageActor", description = "One page of results.")
public record ActorPage(
        @Schema(description = "The items of this page") List<Actor> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "20") int size,
        @Schema(description = "Number of items over all pages", example = "0") long total) {
}
