package io.corridor.actor.client;

import java.util.List;

/** One page of identifications, and how many there are over all pages. */
public record IdentificationPage(List<Identification> items, long total) {
}
