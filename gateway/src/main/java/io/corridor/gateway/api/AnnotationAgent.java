package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who made an annotation (set by the server from the caller's token), or the software that generated it. */
@Schema(name = "AnnotationAgent", description = "A Person (a member of the realm), or Software: the corridor-suggester "
        + "agent, or the tool an imported annotation came from")
public record AnnotationAgent(
        @Schema(description = "IRI or identifier of the agent") String id,
        @Schema(enumeration = { "Person", "Software", "Organization" }, example = "Person") String type,
        @Schema(example = "annotator") String name,
        @Schema(example = "annotator") String nickname) {
}
