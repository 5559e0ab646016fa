package io.corridor.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;

/** The documents whose text names an actor: a full-text search on its name and acronyms, best first. */
public record DossierDocuments(String query, long total, JsonNode items) {
}
