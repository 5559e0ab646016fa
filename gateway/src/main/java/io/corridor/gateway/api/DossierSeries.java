package io.corridor.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;

/** The observations of one indicator for the dossier actor's country. */
public record DossierSeries(String indicator, String country, long total, JsonNode observations) {
}
