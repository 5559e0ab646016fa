package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor in a network, with its distance from the centre. */
@Schema(name = "NetworkNode")
public record NetworkNode(long id, String label, String kind, String family, String country, int depth) {
}
