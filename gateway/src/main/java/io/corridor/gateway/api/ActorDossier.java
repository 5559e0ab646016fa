package io.corridor.gateway.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An actor with what is known about it across the services, composed by the gateway: relations,
 * neighbours, timeline, the documents naming it, the annotations citing it and the indicator
 * series of its country. A member whose service failed is absent and named in {@code degraded}.
 * The services' members are their JSON as they wrote it; the schema is in META-INF/openapi.yaml.
 */
public record ActorDossier(JsonNode actor, JsonNode relations, JsonNode network, JsonNode timeline,
        ActorDossier.Documents documents, ViewAnnotations annotations, List<ActorDossier.Series> indicators,
        List<ViewDegradation> degraded) {

    /** The documents whose text names the actor: a full-text search on its name and acronyms, best first. */
    public record Documents(String query, long total, JsonNode items) {
    }

    /** The observations of one indicator for the actor's country. */
    public record Series(String indicator, String country, long total, JsonNode observations) {
    }
}
