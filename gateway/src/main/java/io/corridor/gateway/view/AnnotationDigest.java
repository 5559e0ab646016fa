package io.corridor.gateway.view;

import io.corridor.gateway.client.ServiceCalls;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.gateway.api.ViewAnnotations;

/**
 * Reads an annotation container (W3C Web Annotation protocol) as the composite views need it:
 * the total, the embedded first page, the motivations, and the actors its bodies identify.
 */
final class AnnotationDigest {

    /** An actor link in a body: {@code <public-url>/api/v1/actors/{id}}, whatever the public URL. */
    private static final Pattern ACTOR_IRI = Pattern.compile("/api/v1/actors/(\\d+)/?$");

    private AnnotationDigest() {
    }

    /** Asks the document-service's annotation container to embed its first page with the annotations themselves (W3C protocol, 4.2). */
    static final String CONTAINED_DESCRIPTIONS = "return=representation;include=\"http://www.w3.org/ns/oa#PreferContainedDescriptions\"";

    /** The visible annotations of a document or citing an actor ({@code filter}): the container's first page of up to {@code size}. */
    static Uni<ViewAnnotations> of(ServiceCalls services, String filter, int size) {
        return services.json(ServiceCalls.DOCUMENT_SERVICE, "/api/v1/annotations/?size=" + size + "&" + filter,
                Map.of("Prefer", CONTAINED_DESCRIPTIONS))
                .map(container -> {
                    if (!(container instanceof ObjectNode object)) {
                        throw new ProblemException(502, "bad-gateway", "Bad Gateway",
                                "the annotation container's answer is not a JSON object", List.of());
                    }
                    return summarize(object);
                });
    }

    static ViewAnnotations summarize(ObjectNode container) {
        List<ObjectNode> items = items(container);
        JsonNode total = container.has("total") ? container.get("total") : firstPage(container).path("partOf").path("total");
        Map<String, Integer> byMotivation = new TreeMap<>();
        for (ObjectNode item : items) {
            for (JsonNode motivation : each(item.path("motivation"))) {
                if (motivation.isTextual()) {
                    byMotivation.merge(motivation.asText(), 1, Integer::sum);
                }
            }
        }
        return new ViewAnnotations(total.isNumber() ? total.asLong() : items.size(), byMotivation, items);
    }

    /** The listed annotations: those of the container's embedded first page (or of the page itself). */
    static List<ObjectNode> items(ObjectNode container) {
        List<ObjectNode> items = new ArrayList<>();
        for (JsonNode item : firstPage(container).path("items")) {
            if (item instanceof ObjectNode annotation) {
                items.add(annotation);
            }
        }
        return items;
    }

    /** Ids of the actors an annotation's bodies link to (identifying links, or any link to an actor). */
    static Set<Long> actors(ObjectNode annotation) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonNode b : each(annotation.path("body"))) {
            String iri = b.isTextual() ? b.asText() : b.path("source").isTextual() ? b.path("source").asText() : b.path("id").asText("");
            Matcher m = ACTOR_IRI.matcher(iri);
            if (m.find()) {
                ids.add(Long.valueOf(m.group(1)));
            }
        }
        return ids;
    }

    private static JsonNode firstPage(ObjectNode container) {
        return container.has("items") ? container : container.path("first");
    }

    /** A member that may be one value or an array of them, as W3C annotations write body and motivation. */
    private static Iterable<JsonNode> each(JsonNode member) {
        return member.isArray() ? member : member.isMissingNode() ? List.of() : List.of(member);
    }
}
