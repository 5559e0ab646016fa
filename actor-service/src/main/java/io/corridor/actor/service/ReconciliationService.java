package io.corridor.actor.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.ActorKind;
import io.corridor.actor.Family;
import io.corridor.actor.api.ExtensionRequest;
import io.corridor.actor.api.ExtensionResponse;
import io.corridor.actor.api.Mention;
import io.corridor.actor.api.PropertyProposal;
import io.corridor.actor.api.PropertyValue;
import io.corridor.actor.api.ReconciliationCandidate;
import io.corridor.actor.api.ReconciliationQuery;
import io.corridor.actor.api.ReconciliationResult;
import io.corridor.actor.api.ReconciliationType;
import io.corridor.actor.mapping.ReconciliationViews;
import io.corridor.actor.mention.AliasMatcher;
import io.corridor.actor.mention.MentionIndex;
import io.corridor.actor.repository.ActorNameRepository;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Matches clients' lists of names against the registry (W3C Reconciliation Service API 0.2). The same two
 * matchers as the rest of the registry decide: the mention automaton finds a registered name, alias or acronym
 * equal to the query up to case, accents and apostrophes (a certain match when it names one actor), and the
 * trigram search of listings ranks the near ones (typos, words left out).
 */
@ApplicationScoped
public class ReconciliationService {

    /** What a contradicted property costs a candidate's score. */
    static final double CONTRADICTION = 30;

    private final MentionIndex index;
    private final ActorRepository actors;
    private final ActorNameRepository names;

    public ReconciliationService(MentionIndex index, ActorRepository actors, ActorNameRepository names) {
        this.index = index;
        this.actors = actors;
        this.names = names;
    }

    /** Types: any actor, any instrument, then each kind. */
    public static List<ReconciliationType> types() {
        List<ReconciliationType> types = new ArrayList<>();
        types.add(new ReconciliationType(Family.ACTOR.code(), "actor (any kind)"));
        types.add(new ReconciliationType(Family.INSTRUMENT.code(), "policy instrument (any kind)"));
        for (ActorKind kind : ActorKind.values()) {
            types.add(new ReconciliationType(kind.code(), label(kind)));
        }
        return types;
    }

    /** The properties queries may give and extension may ask for. */
    public static PropertyProposal properties(String type, Integer limit) {
        if (type != null && types().stream().noneMatch(t -> t.id().equals(type))) {
            throw ProblemException.invalid("type", "must be one of " + ids(types()));
        }
        List<ReconciliationType> all = ReconciliationViews.PROPERTIES;
        return new PropertyProposal(type, limit == null ? all : all.subList(0, Math.min(limit, all.size())), limit);
    }

    /** Answers every query of a batch, keyed as sent. */
    @WithTransaction
    public Uni<Map<String, ReconciliationResult>> reconcile(Map<String, ReconciliationQuery> queries) {
        queries.forEach(ReconciliationService::check);
        return index.matcher().flatMap(matcher -> Multi.createFrom().iterable(queries.entrySet())
                .onItem().transformToUniAndConcatenate(e -> one(matcher, e.getValue()).map(r -> Map.entry(e.getKey(), r)))
                .collect().asList()
                .map(list -> {
                    Map<String, ReconciliationResult> results = new LinkedHashMap<>();
                    list.forEach(e -> results.put(e.getKey(), e.getValue()));
                    return results;
                }));
    }

    /** An actor's card for OpenRefine's preview pane; a merged id shows its survivor, an unknown one is a 404. */
    @WithTransaction
    public Uni<String> preview(String id) {
        return actor(id, "id").flatMap(a -> names.ofActors(List.of(a.id)).map(n -> ReconciliationViews.preview(a, n)));
    }

    /** The properties asked for, of each actor reconciled. */
    @WithTransaction
    public Uni<ExtensionResponse> extend(ExtensionRequest request) {
        List<ReconciliationType> meta = new ArrayList<>();
        for (int i = 0; i < request.properties().size(); i++) {
            String id = request.properties().get(i).id();
            meta.add(ReconciliationViews.PROPERTIES.stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("properties[" + meta.size() + "].id",
                            "must be one of " + ids(ReconciliationViews.PROPERTIES))));
        }
        Map<String, Long> wanted = new LinkedHashMap<>();
        for (int i = 0; i < request.ids().size(); i++) {
            wanted.put(request.ids().get(i), number(request.ids().get(i), "ids[" + i + "]"));
        }
        return actors.byIds(Set.copyOf(wanted.values())).map(found -> {
            Map<Long, ActorEntity> byId = found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
            Map<String, Map<String, List<Map<String, String>>>> rows = new LinkedHashMap<>();
            wanted.forEach((text, id) -> {
                ActorEntity a = byId.get(id);
                Map<String, List<Map<String, String>>> row = new LinkedHashMap<>();
                for (ReconciliationType p : meta) {
                    String value = a == null ? null : ReconciliationViews.property(a, p.id());
                    row.put(p.id(), value == null ? List.of() : List.of(Map.of("str", value)));
                }
                rows.put(text, row);
            });
            return new ExtensionResponse(meta, rows);
        });
    }

    private Uni<ReconciliationResult> one(AliasMatcher matcher, ReconciliationQuery query) {
        String text = query.query().strip();
        int length = text.codePointCount(0, text.length());
        // A registered name equal to the whole query: the automaton of mention detection decides, as it does in texts.
        Set<Long> exact = new LinkedHashSet<>();
        for (Mention m : matcher.find(text)) {
            if (m.start() == 0 && m.end() == length) {
                exact.addAll(m.candidates());
            }
        }
        String type = query.type() == null || query.type().isBlank() ? null : query.type();
        String kind = type != null && !isFamily(type) ? type : null;
        String family = type != null && isFamily(type) ? type : null;
        int limit = query.limitOrDefault();
        return actors.scored(new ActorRepository.Filter(text, null, kind, family, null, null), 0, limit).flatMap(near -> {
            Map<Long, Double> scores = new LinkedHashMap<>();
            exact.forEach(id -> scores.put(id, 100.0));
            // a near match is never certain: it scores below any exact one
            near.forEach(s -> scores.putIfAbsent(s.id(), Math.min(99.0, Math.round(s.score() * 1000) / 10.0)));
            return actors.byIds(scores.keySet()).map(found -> {
                List<ActorEntity> kept = found.stream()
                        .filter(a -> a.mergedInto == null && (kind == null || a.kind.code().equals(kind))
                                && (family == null || a.family.equals(family)))
                        .toList();
                long exactKept = kept.stream().filter(a -> exact.contains(a.id)).count();
                List<ReconciliationCandidate> candidates = new ArrayList<>();
                for (ActorEntity a : kept) {
                    int contradicted = contradictions(a, query.propertiesOrEmpty());
                    double score = Math.max(0, scores.get(a.id) - CONTRADICTION * contradicted);
                    boolean match = exact.contains(a.id) && exactKept == 1 && contradicted == 0;
                    candidates.add(new ReconciliationCandidate(String.valueOf(a.id), a.name,
                            List.of(new ReconciliationType(a.kind.code(), label(a.kind))), score, match,
                            ReconciliationViews.description(a)));
                }
                candidates.sort(Comparator.comparingDouble(ReconciliationCandidate::score).reversed()
                        .thenComparing(ReconciliationCandidate::name).thenComparing(ReconciliationCandidate::id));
                return new ReconciliationResult(candidates.subList(0, Math.min(limit, candidates.size())));
            });
        });
    }

    /** How many of the given properties the actor's own values contradict; a value it lacks contradicts nothing. */
    private static int contradictions(ActorEntity a, List<PropertyValue> properties) {
        int contradicted = 0;
        for (PropertyValue p : properties) {
            String own = ReconciliationViews.property(a, p.pid());
            if (own == null) {
                continue;
            }
            Set<String> given = texts(p.v());
            if (!given.isEmpty() && !given.contains(own.toLowerCase(Locale.ROOT))) {
                contradicted++;
            }
        }
        return contradicted;
    }

    /** A property value as texts: a text, a number, {"id": ...}, or an array of those. */
    private static Set<String> texts(JsonNode v) {
        Set<String> out = new LinkedHashSet<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(item -> out.addAll(texts(item)));
        } else if (v.isObject()) {
            out.addAll(texts(v.get("id")));
        } else if (v.isValueNode()) {
            String text = v.asText().strip();
            if (!text.isEmpty()) {
                out.add(text.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** What bean validation cannot say: the type and the property ids must be the manifest's, named where wrong. */
    private static void check(String key, ReconciliationQuery query) {
        String where = "queries." + key;
        if (query.type() != null && !query.type().isBlank() && types().stream().noneMatch(t -> t.id().equals(query.type()))) {
            throw ProblemException.invalid(where + ".type", "must be one of " + ids(types()));
        }
        List<PropertyValue> properties = query.propertiesOrEmpty();
        for (int i = 0; i < properties.size(); i++) {
            String pid = properties.get(i).pid();
            if (ReconciliationViews.PROPERTIES.stream().noneMatch(p -> p.id().equals(pid))) {
                throw ProblemException.invalid(where + ".properties[" + i + "].pid",
                        "must be one of " + ids(ReconciliationViews.PROPERTIES));
            }
        }
    }

    private Uni<ActorEntity> actor(String text, String field) {
        long id = number(text, field);
        return actors.findById(id).map(a -> {
            if (a == null) {
                throw ProblemException.notFound("no actor " + id);
            }
            return a;
        }).flatMap(a -> a.mergedInto == null ? Uni.createFrom().item(a) : actors.findById(a.mergedInto));
    }

    private static long number(String text, String field) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be an actor id, not \"" + text + "\"");
        }
    }

    private static boolean isFamily(String type) {
        return type.equals(Family.ACTOR.code()) || type.equals(Family.INSTRUMENT.code());
    }

    static String label(ActorKind kind) {
        return kind.code().replace('_', ' ');
    }

    private static String ids(List<ReconciliationType> list) {
        return list.stream().map(ReconciliationType::id).collect(Collectors.joining(", "));
    }
}
