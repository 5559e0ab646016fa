package io.corridor.gateway.view;

import static io.corridor.gateway.client.ServiceCalls.ACTOR_SERVICE;
import static io.corridor.gateway.client.ServiceCalls.DOCUMENT_SERVICE;
import static io.corridor.gateway.client.ServiceCalls.REMITTANCE_SERVICE;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.gateway.api.DocumentView;
import io.corridor.gateway.api.ViewAnnotations;
import io.corridor.gateway.client.ServiceCalls;
import io.corridor.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;

/**
 * Composes {@link DocumentView}: the document first (its absence or refusal is the answer), then
 * every other part at once, each behind its client's timeout, circuit breaker and bulkhead; a part
 * that fails is left out and named in {@code degraded}.
 */
@ApplicationScoped
public class DocumentViewService {

    /** The first page of annotations the view embeds: the container's largest page. */
    static final int ANNOTATIONS = 1000;
    /** Claims listed per lookup (by id and by file name); a document states a few dozen figures at most. */
    static final int CLAIMS = 100;
    /** Actors whose names are read, most cited first, in one batch read; the rest are listed by id. */
    static final int NAMED_ACTORS = PageRequest.MAX_SIZE;

    private final ServiceCalls services;

    public DocumentViewService(ServiceCalls services) {
        this.services = services;
    }

    public Uni<DocumentView> view(long id) {
        return services.json(DOCUMENT_SERVICE, "/api/v1/documents/" + id).chain(this::compose);
    }

    private Uni<DocumentView> compose(JsonNode document) {
        ViewParts parts = new ViewParts();
        long id = document.path("id").asLong();
        var versions = parts.guard("versions", DOCUMENT_SERVICE, services.json(DOCUMENT_SERVICE, "/api/v1/documents/" + id + "/versions"));
        var pages = parts.guard("pages", DOCUMENT_SERVICE, services.json(DOCUMENT_SERVICE, "/api/v1/documents/" + id + "/pages"));
        var annotations = parts.guard("annotations", DOCUMENT_SERVICE,
                AnnotationDigest.of(services, "document=" + id, ANNOTATIONS));
        var mentions = parts.guard("actors", ACTOR_SERVICE, services.post(ACTOR_SERVICE, "/api/v1/actors/mentions", JsonNodeFactory.instance.objectNode().put("documentId", id)));
        var claims = parts.guard("claims", REMITTANCE_SERVICE, claimsOf(document));
        return Uni.combine().all().unis(versions, pages, annotations, mentions, claims).asTuple()
                .chain(t -> actorsNamed(t.getItem4(), t.getItem3(), parts)
                        .map(named -> new DocumentView(document, t.getItem1(), t.getItem2(), t.getItem3(), named,
                                t.getItem4() == null ? null : ambiguous(t.getItem4()),
                                t.getItem5(), parts.degraded())));
    }

    /**
     * Claims name their document by id or, as the corpus does, by file name: both are looked up, and
     * a claim found twice is listed once.
     */
    private Uni<List<JsonNode>> claimsOf(JsonNode document) {
        List<Uni<JsonNode>> lookups = Stream.of(document.path("id").asText(), document.path("version").path("fileName").asText(null))
                .filter(Objects::nonNull).distinct().map(k -> services.json(REMITTANCE_SERVICE, "/api/v1/claims?size=" + CLAIMS + "&document=" + ServiceCalls.encode(k))).toList();
        return Uni.combine().all().unis(lookups).with(JsonNode.class, pages -> {
            Map<Long, JsonNode> byId = new LinkedHashMap<>();
            for (JsonNode page : pages) {
                page.path("items").forEach(claim -> byId.putIfAbsent(claim.path("id").asLong(), claim));
            }
            return List.copyOf(byId.values());
        });
    }

    private static int ambiguous(JsonNode mentions) {
        return (int) mentions.valueStream().filter(m -> m.path("ambiguous").asBoolean()).count();
    }

    /**
     * The actors the text names (mention detection) and those the annotations identify, with their
     * names. Without mention detection the actor-service is down: the annotations' actors are then
     * listed by id only, and no name is asked for.
     */
    private Uni<List<DocumentView.Actor>> actorsNamed(JsonNode mentions, ViewAnnotations annotations, ViewParts parts) {
        if (mentions == null && annotations == null) {
            return Uni.createFrom().nullItem();
        }
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        for (JsonNode m : mentions == null ? List.<JsonNode> of() : mentions) {
            if (m.path("actorId").canConvertToLong()) {
                tallies.computeIfAbsent(m.path("actorId").asLong(), Tally::new).mention(m);
            }
        }
        for (ObjectNode annotation : annotations == null ? List.<ObjectNode> of() : annotations.items()) {
            for (Long actor : AnnotationDigest.actors(annotation)) {
                tallies.computeIfAbsent(actor, Tally::new).annotations++;
            }
        }
        List<Tally> ranked = tallies.values().stream()
                .sorted(Comparator.comparingInt((Tally t) -> t.mentions + t.annotations).reversed()
                        .thenComparingLong(t -> t.id))
                .toList();
        if (mentions == null || ranked.isEmpty()) {
            return Uni.createFrom().item(ranked.stream().map(t -> t.view(null)).toList());
        }
        List<Long> named = ranked.subList(0, Math.min(NAMED_ACTORS, ranked.size())).stream().map(t -> t.id).toList();
        String ids = named.stream().map(String::valueOf).collect(Collectors.joining(","));
        return services.json(ACTOR_SERVICE, "/api/v1/actors?ids=" + ids + "&size=" + NAMED_ACTORS)
                .map(page -> {
                    Map<Long, JsonNode> byId = new LinkedHashMap<>();
                    page.path("items").forEach(actor -> byId.putIfAbsent(actor.path("id").asLong(), actor));
                    return byId;
                })
                .onFailure().recoverWithItem(e -> {
                    parts.degrade("actors", ACTOR_SERVICE, e);
                    return Map.<Long, JsonNode> of();
                })
                // a merged id is answered by its survivor, under the survivor's id: the merged one keeps no name
                .map(names -> ranked.stream().map(t -> t.view(names.get(t.id))).toList());
    }

    /** What the view knows of one actor while it is composed. */
    private static final class Tally {
        final long id;
        int mentions;
        int annotations;
        JsonNode first;

        Tally(long id) {
            this.id = id;
        }

        void mention(JsonNode m) {
            mentions++;
            if (first == null || m.path("start").asInt() < first.path("start").asInt()) {
                first = m;
            }
        }

        DocumentView.Actor view(JsonNode actor) {
            return new DocumentView.Actor(id, text(actor, "name"), text(actor, "kind"), text(actor, "family"), text(actor, "country"),
                    mentions, first == null ? null : first.path("start").asInt(), text(first, "exact"), annotations);
        }

        private static String text(JsonNode node, String field) {
            return node == null || !node.path(field).isTextual() ? null : node.path(field).asText();
        }
    }
}
