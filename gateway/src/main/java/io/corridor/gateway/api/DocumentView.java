package io.corridor.gateway.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A document with everything the reading page shows, composed by the gateway: its versions and
 * pages, the annotations the caller may see, the actors it names and the verdicts of its claims.
 * A member whose service failed is absent and named in {@code degraded}. The services' members are
 * their JSON as they wrote it; the schema is in META-INF/openapi.yaml.
 */
public record DocumentView(JsonNode document, JsonNode versions, JsonNode pages, ViewAnnotations annotations,
        List<DocumentView.Actor> actors, Integer ambiguousMentions, List<JsonNode> claims, List<ViewDegradation> degraded) {

    /** An actor the document names (mention detection) or one of its annotations identifies. */
    public record Actor(long id, String name, String kind, String family, String country, int mentions,
            Integer firstStart, String firstExact, int annotations) {
    }
}
