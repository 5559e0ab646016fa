package io.corridor.gateway.service;

import static io.corridor.gateway.service.ViewParts.ACTOR_SERVICE;
import static io.corridor.gateway.service.ViewParts.DOCUMENT_SERVICE;
import static io.corridor.gateway.service.ViewParts.REMITTANCE_SERVICE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.gateway.api.Actor;
import io.corridor.gateway.api.Claim;
import io.corridor.gateway.api.Document;
import io.corridor.gateway.api.DocumentView;
import io.corridor.gateway.api.Mention;
import io.corridor.gateway.api.MentionRequest;
import io.corridor.gateway.api.ViewActor;
import io.corridor.gateway.api.ViewAnnotations;
import io.corridor.gateway.client.ActorClient;
import io.corridor.gateway.client.DocumentClient;
import io.corridor.gateway.client.RemittanceClient;
import io.corridor.support.paging.Page;
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
    static final int NAMED_ACTORS = ActorClient.BATCH;

    private final DocumentClient documents;
    private final ActorClient actors;
    private final RemittanceClient remittances;

    public DocumentViewService(DocumentClient documents, ActorClient actors, RemittanceClient remittances) {
        this.documents = documents;
        this.actors = actors;
        this.remittances = remittances;
    }

    public Uni<DocumentView> view(long id) {
        return documents.get(id).map(RestResponse::getEntity).chain(this::compose);
    }

    private Uni<DocumentView> compose(Document document) {
        ViewParts parts = new ViewParts();
        long id = document.id();
        var versions = parts.guard("versions", DOCUMENT_SERVICE, documents.versions(id));
        var pages = parts.guard("pages", DOCUMENT_SERVICE, documents.pages(id));
        var annotations = parts.guard("annotations", DOCUMENT_SERVICE,
                documents.annotations(id, null, ANNOTATIONS).map(AnnotationDigest::summarize));
        var mentions = parts.guard("actors", ACTOR_SERVICE, actors.mentions(new MentionRequest(null, id)));
        var claims = parts.guard("claims", REMITTANCE_SERVICE, claimsOf(document));
        return Uni.combine().all().unis(versions, pages, annotations, mentions, claims).asTuple()
                .chain(t -> actorsNamed(t.getItem4(), t.getItem3(), parts)
                        .map(named -> new DocumentView(document, t.getItem1(), t.getItem2(), t.getItem3(), named,
                                t.getItem4() == null ? null : (int) t.getItem4().stream().filter(Mention::ambiguous).count(),
                                t.getItem5(), parts.degraded())));
    }

    /**
     * Claims name their document by id or, as the corpus does, by file name: both are looked up, and
     * a claim found twice is listed once.
     */
    private Uni<List<Claim>> claimsOf(Document document) {
        List<String> keys = new ArrayList<>(List.of(String.valueOf(document.id())));
        if (document.version() != null && document.version().fileName() != null
                && !keys.contains(document.version().fileName())) {
            keys.add(document.version().fileName());
        }
        List<Uni<Page<Claim>>> lookups = keys.stream().map(k -> remittances.claims(k, new PageRequest(0, CLAIMS))).toList();
        return Uni.combine().all().unis(lookups).with(Page.class, pages -> {
            Map<Long, Claim> byId = new LinkedHashMap<>();
            for (Page<?> page : pages) {
                for (Object claim : page.items()) {
                    byId.putIfAbsent(((Claim) claim).id(), (Claim) claim);
                }
            }
            return List.copyOf(byId.values());
        });
    }

    /**
     * The actors the text names (mention detection) and those the annotations identify, with their
     * names. Without mention detection the actor-service is down: the annotations' actors are then
     * listed by id only, and no name is asked for.
     */
    private Uni<List<ViewActor>> actorsNamed(List<Mention> mentions, ViewAnnotations annotations, ViewParts parts) {
        if (mentions == null && annotations == null) {
            return Uni.createFrom().nullItem();
        }
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        for (Mention m : mentions == null ? List.<Mention> of() : mentions) {
            if (m.actorId() != null) {
                tallies.computeIfAbsent(m.actorId(), Tally::new).mention(m);
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
        return actors.byIds(named)
                .map(found -> found.stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a)))
                .onFailure().recoverWithItem(e -> {
                    parts.degrade("actors", ACTOR_SERVICE, e);
                    return Map.of();
                })
                // a merged id is answered by its survivor, under the survivor's id: the merged one keeps no name
                .map(names -> ranked.stream().map(t -> t.view(names.get(t.id))).toList());
    }

    /** What the view knows of one actor while it is composed. */
    private static final class Tally {
        final long id;
        int mentions;
        int annotations;
        Mention first;

        Tally(long id) {
            this.id = id;
        }

        void mention(Mention m) {
            mentions++;
            if (first == null || m.start() < first.start()) {
                first = m;
            }
        }

        ViewActor view(Actor actor) {
            return new ViewActor(id, actor == null ? null : actor.name(), actor == null ? null : actor.kind(),
                    actor == null ? null : actor.family(), actor == null ? null : actor.country(), mentions,
                    first == null ? null : first.start(), first == null ? null : first.exact(), annotations);
        }
    }
}
