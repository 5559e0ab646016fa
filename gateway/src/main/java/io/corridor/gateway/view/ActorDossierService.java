package io.corridor.gateway.view;

import static io.corridor.gateway.client.ServiceCalls.ACTOR_SERVICE;
import static io.corridor.gateway.client.ServiceCalls.DOCUMENT_SERVICE;
import static io.corridor.gateway.client.ServiceCalls.REMITTANCE_SERVICE;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.gateway.api.ActorDossier;
import io.corridor.gateway.client.ServiceCalls;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Composes {@link ActorDossier}: the actor first (its absence, refusal or merge is the answer), then
 * every other part at once, each behind its client's timeout, circuit breaker and bulkhead; a part
 * that fails is left out and named in {@code degraded}.
 */
@ApplicationScoped
public class ActorDossierService {

    static final int DOCUMENTS = 20;
    static final int ANNOTATIONS = 1000;
    static final int OBSERVATIONS = 100;
    /** websearch_to_tsquery's input is capped by the search endpoint. */
    static final int QUERY_LIMIT = 500;

    private final ServiceCalls services;
    private final List<String> indicators;

    public ActorDossierService(ServiceCalls services,
            @ConfigProperty(name = "corridor.dossier.indicators") List<String> indicators) {
        this.services = services;
        this.indicators = indicators;
    }

    /** The dossier, or 308 to the survivor's when the actor was merged. */
    public Uni<RestResponse<ActorDossier>> dossier(long id) {
        return services.get(ACTOR_SERVICE, "/api/v1/actors/" + id).chain(r -> r.status() == 308 && r.location() != null
                ? Uni.createFrom().item(RestResponse.ResponseBuilder.<ActorDossier> create(308)
                        .location(URI.create(URI.create(r.location()).getRawPath() + "/dossier")).build())
                : services.json(r).chain(this::compose).map(RestResponse::ok));
    }

    private Uni<ActorDossier> compose(JsonNode actor) {
        ViewParts parts = new ViewParts();
        long id = actor.path("id").asLong();
        var relations = parts.guard("relations", ACTOR_SERVICE, services.json(ACTOR_SERVICE, "/api/v1/actors/" + id + "/relations"));
        var network = parts.guard("network", ACTOR_SERVICE, services.json(ACTOR_SERVICE, "/api/v1/actors/" + id + "/network?depth=1&format=json"));
        var timeline = parts.guard("timeline", ACTOR_SERVICE, services.json(ACTOR_SERVICE, "/api/v1/actors/" + id + "/timeline"));
        String query = query(actor);
        var named = parts.guard("documents", DOCUMENT_SERVICE,
                services.json(DOCUMENT_SERVICE, "/api/v1/search?size=" + DOCUMENTS + "&q=" + ServiceCalls.encode(query))
                        .map(page -> new ActorDossier.Documents(query, page.path("total").asLong(), page.path("items"))));
        var annotations = parts.guard("annotations", DOCUMENT_SERVICE,
                AnnotationDigest.of(services, "actor=" + id, ANNOTATIONS));
        String country = actor.path("country").asText(null);
        var series = country == null || indicators.isEmpty() ? Uni.createFrom().<List<ActorDossier.Series>> nullItem()
                : parts.guard("indicators", REMITTANCE_SERVICE, series(country));
        return Uni.combine().all().unis(relations, network, timeline, named, annotations, series).asTuple()
                .map(t -> new ActorDossier(actor, t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4(), t.getItem5(),
                        t.getItem6(), parts.degraded()));
    }

    /** The actor's name and acronyms as quoted phrases, any of them. */
    static String query(JsonNode actor) {
        List<String> terms = new ArrayList<>();
        terms.add(actor.path("name").asText(null));
        actor.path("acronyms").forEach(acronym -> terms.add(acronym.asText(null)));
        StringBuilder q = new StringBuilder();
        for (String term : terms.stream().filter(Objects::nonNull).map(t -> t.replace("\"", " ").strip())
                .filter(t -> !t.isEmpty()).distinct().toList()) {
            String phrase = (q.isEmpty() ? "" : " or ") + "\"" + term + "\"";
            if (q.length() + phrase.length() > QUERY_LIMIT) {
                break;
            }
            q.append(phrase);
        }
        return q.toString();
    }

    /** One series per configured indicator; an indicator this installation does not hold (404) is left out. */
    private Uni<List<ActorDossier.Series>> series(String country) {
        List<Uni<ActorDossier.Series>> each = indicators.stream().map(code -> services.json(REMITTANCE_SERVICE, "/api/v1/indicators/" + ServiceCalls.encode(code) + "/observations?size=" + OBSERVATIONS + "&country=" + ServiceCalls.encode(country))
                .map(page -> new ActorDossier.Series(code, country, page.path("total").asLong(), page.path("items")))
                .onFailure(e -> e instanceof ProblemException p && p.status() == 404).recoverWithNull()).toList();
        return Uni.combine().all().unis(each).with(ActorDossier.Series.class, found -> found.stream().filter(Objects::nonNull).toList());
    }
}
