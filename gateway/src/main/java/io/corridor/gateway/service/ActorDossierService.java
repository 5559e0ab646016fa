package io.corridor.gateway.service;

import static io.corridor.gateway.service.ViewParts.ACTOR_SERVICE;
import static io.corridor.gateway.service.ViewParts.DOCUMENT_SERVICE;
import static io.corridor.gateway.service.ViewParts.REMITTANCE_SERVICE;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.corridor.gateway.api.Actor;
import io.corridor.gateway.api.ActorDossier;
import io.corridor.gateway.api.ActorTimeline;
import io.corridor.gateway.api.DossierDocuments;
import io.corridor.gateway.api.DossierSeries;
import io.corridor.gateway.api.Network;
import io.corridor.gateway.api.Relation;
import io.corridor.gateway.client.ActorClient;
import io.corridor.gateway.client.DocumentClient;
import io.corridor.gateway.client.RemittanceClient;
import io.corridor.support.paging.PageRequest;
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

    private final ActorClient actors;
    private final DocumentClient documents;
    private final RemittanceClient remittances;
    private final List<String> indicators;

    public ActorDossierService(ActorClient actors, DocumentClient documents, RemittanceClient remittances,
            @ConfigProperty(name = "corridor.dossier.indicators") List<String> indicators) {
        this.actors = actors;
        this.documents = documents;
        this.remittances = remittances;
        this.indicators = indicators;
    }

    public Uni<ActorDossier> dossier(long id) {
        return actors.get(id).chain(r -> {
            if (r.getStatus() == 308) {
                String survivor = URI.create(r.getHeaderString(HttpHeaders.LOCATION)).getRawPath();
                throw new ActorMerged(survivor + "/dossier");
            }
            return compose(r.readEntity(Actor.class));
        });
    }

    private Uni<ActorDossier> compose(Actor actor) {
        ViewParts parts = new ViewParts();
        long id = actor.id();
        var relations = parts.guard("relations", ACTOR_SERVICE, actors.relationsOf(id, null, null, null, null)
                .map(r -> entity(r, new GenericType<List<Relation>>() {
                })));
        var network = parts.guard("network", ACTOR_SERVICE, actors.network(id, 1, null, "json")
                .map(r -> entity(r, new GenericType<Network>() {
                })));
        var timeline = parts.guard("timeline", ACTOR_SERVICE, actors.timeline(id)
                .map(r -> entity(r, new GenericType<ActorTimeline>() {
                })));
        String query = query(actor);
        var named = parts.guard("documents", DOCUMENT_SERVICE,
                documents.search(query, new DocumentClient.Filter(null, null, null, null, null), new PageRequest(0, DOCUMENTS))
                        .map(page -> new DossierDocuments(query, page.total(), page.items())));
        var annotations = parts.guard("annotations", DOCUMENT_SERVICE,
                documents.annotations(null, id, ANNOTATIONS).map(AnnotationDigest::summarize));
        var series = actor.country() == null || indicators.isEmpty() ? Uni.createFrom().<List<DossierSeries>> nullItem()
                : parts.guard("indicators", REMITTANCE_SERVICE, series(actor.country()));
        return Uni.combine().all().unis(relations, network, timeline, named, annotations, series).asTuple()
                .map(t -> new ActorDossier(actor, t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4(), t.getItem5(),
                        t.getItem6(), parts.degraded()));
    }

    /** The actor's name and acronyms as quoted phrases, any of them. */
    static String query(Actor actor) {
        List<String> terms = new ArrayList<>();
        terms.add(actor.name());
        if (actor.acronyms() != null) {
            terms.addAll(actor.acronyms());
        }
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
    private Uni<List<DossierSeries>> series(String country) {
        List<Uni<DossierSeries>> each = indicators.stream().map(code -> remittances
                .observations(code, new RemittanceClient.ObservationQuery(country, null, null, null, null, null, null, null, 0,
                        OBSERVATIONS))
                .map(page -> new DossierSeries(code, country, page.total(), page.items()))
                .onFailure(e -> e instanceof ProblemException p && p.status() == 404).recoverWithNull()).toList();
        return Uni.combine().all().unis(each).with(DossierSeries.class, found -> found.stream().filter(Objects::nonNull).toList());
    }

    /** A part of a merged actor cannot be asked for (the actor itself was read), but a 308 is not a body. */
    private static <T> T entity(Response r, GenericType<T> type) {
        if (r.getStatus() != 200) {
            throw new ProblemException(502, "bad-gateway", "Bad Gateway", "the actor-service answered " + r.getStatus(),
                    List.of());
        }
        return r.readEntity(type);
    }
}
