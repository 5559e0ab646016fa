package io.corridor.gateway.api;

/** An actor a document names (mention detection) or one of its annotations identifies. */
public record ViewActor(long id, String name, String kind, String family, String country, int mentions,
        Integer firstStart, String firstExact, int annotations) {
}
