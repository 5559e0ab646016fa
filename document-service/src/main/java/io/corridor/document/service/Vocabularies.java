package io.corridor.document.service;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.apache.jena.riot.Lang;

import io.corridor.document.Caller;
import io.corridor.document.Concept;
import io.corridor.document.TeamSetting;
import io.corridor.document.Vocabulary;
import io.corridor.document.api.ConceptView;
import io.corridor.document.api.TeamVocabulary;
import io.corridor.document.api.VocabularyInput;
import io.corridor.document.api.VocabularyView;
import io.corridor.document.mapping.Skos;
import io.corridor.document.repository.ConceptRepository;
import io.corridor.document.repository.TeamSettingRepository;
import io.corridor.document.repository.VocabularyRepository;
import io.corridor.support.concurrency.EntityTag;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Controlled vocabularies: a team's (its members read it, its curators change it) or shared (every reader reads
 * it, admins change it); created and replaced whole, from JSON or SKOS, If-Match guarded; and the vocabulary a team
 * requires its members to tag with. One a caller may not read answers 404.
 */
@ApplicationScoped
public class Vocabularies {

    /** An uploaded SKOS file is at most this large (413 beyond). */
    public static final int MAX_SKOS_BYTES = 5_000_000;

    private final VocabularyRepository vocabularies;
    private final ConceptRepository concepts;
    private final TeamSettingRepository teams;

    public Vocabularies(VocabularyRepository vocabularies, ConceptRepository concepts, TeamSettingRepository teams) {
        this.vocabularies = vocabularies;
        this.concepts = concepts;
        this.teams = teams;
    }

    /** The vocabularies the caller may read, by title, without their concepts. */
    @WithSession
    public Uni<List<VocabularyView>> list(Caller caller) {
        return vocabularies.readableBy(caller).flatMap(found -> {
            List<VocabularyView> out = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Vocabulary v : found) {
                chain = chain.flatMap(x -> concepts.countOf(v.id)).invoke(n -> out.add(view(v, n.intValue(), null))).replaceWithVoid();
            }
            return chain.replaceWith(out);
        });
    }

    /** A vocabulary with its concepts. */
    @WithSession
    public Uni<VocabularyView> get(UUID id, Caller caller) {
        return readable(vocabularies.findById(id), id, caller)
                .flatMap(v -> concepts.of(v.id).map(list -> view(v, list.size(), ordered(list))));
    }

    /** The vocabulary as SKOS (Turtle or JSON-LD). */
    public Uni<String> skos(UUID id, Lang lang, Caller caller) {
        return get(id, caller).map(v -> Skos.write(v, lang));
    }

    /** Reads an uploaded SKOS file (size checked) into the input the JSON operations take. */
    public static VocabularyInput fromSkos(byte[] body, String contentType, String team) {
        Lang lang = Skos.lang(contentType);
        if (lang == null) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "SKOS is read as text/turtle or application/ld+json", List.of(Violation.field("Content-Type",
                            "must be text/turtle or application/ld+json")));
        }
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is required: a SKOS concept scheme");
        }
        if (body.length > MAX_SKOS_BYTES) {
            throw new ProblemException(413, "payload-too-large", "Payload too large", "a SKOS file is at most "
                    + MAX_SKOS_BYTES + " bytes", List.of(Violation.field("body", "must be at most " + MAX_SKOS_BYTES + " bytes")));
        }
        return Skos.read(body, lang, team);
    }

    @WithTransaction
    public Uni<VocabularyView> create(VocabularyInput input, Caller caller) {
        VocabularyInput in = VocabularyCheck.checked(input);
        Vocabulary v = new Vocabulary();
        v.id = UUID.randomUUID();
        v.iri = in.iri();
        v.title = in.title();
        v.team = in.team();
        mayWrite(v, caller);
        v.revision = 0;
        v.createdBy = caller.name();
        v.createdAt = now();
        v.modifiedAt = v.createdAt;
        return uniqueIri(v.iri, null).flatMap(x -> vocabularies.persist(v))
                .flatMap(x -> store(v, in.concepts())).flatMap(x -> vocabularies.flush())
                .replaceWith(() -> view(v, in.concepts().size(), ordered(in.concepts(), v.id)));
    }

    /** Replaces the title and every concept (If-Match); the IRI and team stay. */
    @WithTransaction
    public Uni<VocabularyView> replace(UUID id, String ifMatch, VocabularyInput input, Caller caller) {
        return readable(vocabularies.findById(id, LockModeType.PESSIMISTIC_WRITE), id, caller).flatMap(v -> {
            mayWrite(v, caller);
            EntityTag.require(ifMatch, v.revision);
            VocabularyInput in = VocabularyCheck.checked(new VocabularyInput(v.iri, input == null ? null : input.title(),
                    v.team, input == null ? null : input.concepts()));
            v.title = in.title();
            v.revision++;
            v.modifiedAt = now();
            return concepts.deleteOf(v.id).flatMap(n -> concepts.flush()).flatMap(x -> store(v, in.concepts()))
                    .flatMap(x -> vocabularies.flush())
                    .replaceWith(() -> view(v, in.concepts().size(), ordered(in.concepts(), v.id)));
        });
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, String ifMatch, Caller caller) {
        return readable(vocabularies.findById(id, LockModeType.PESSIMISTIC_WRITE), id, caller).flatMap(v -> {
            mayWrite(v, caller);
            EntityTag.require(ifMatch, v.revision);
            return vocabularies.delete(v);
        });
    }

    @WithSession
    public Uni<TeamVocabulary> team(String team) {
        Moderation.checkTeam(team);
        return teams.findById(team).map(s -> new TeamVocabulary(team, s == null ? null : s.requiredVocabulary));
    }

    /** A curator of the team (or an admin) requires a vocabulary its members may read, or none (null). */
    @WithTransaction
    public Uni<TeamVocabulary> requireForTeam(String team, UUID vocabulary, Caller caller) {
        Moderation.checkTeam(team);
        if (!caller.admin() && !(caller.curator() && caller.teams().contains(team))) {
            throw AnnotationService.forbidden("only a curator of team " + team + ", or an admin, may set its vocabulary");
        }
        Uni<Void> check = vocabulary == null ? Uni.createFrom().voidItem() : vocabularies.findById(vocabulary).map(v -> {
            if (v == null || !readableBy(v, caller) || !(v.shared() || team.equals(v.team))) {
                throw AnnotationService.notFound("vocabulary", "no vocabulary " + vocabulary + " that team " + team + " may use");
            }
            return null;
        });
        return check.flatMap(x -> teams.findById(team)).flatMap(found -> {
            TeamSetting s = found == null ? new TeamSetting() : found;
            s.team = team;
            s.requiredVocabulary = vocabulary;
            s.changedBy = caller.name();
            s.changedAt = now();
            return (found == null ? teams.persist(s) : Uni.createFrom().item(s)).map(x -> new TeamVocabulary(team, vocabulary));
        });
    }

    private Uni<Void> uniqueIri(String iri, UUID except) {
        return vocabularies.byIri(iri).map(other -> {
            if (other != null && !other.id.equals(except)) {
                throw new ProblemException(409, "conflict", "Conflict", "a vocabulary with IRI " + iri + " exists",
                        List.of(Violation.field("iri", iri, "is the IRI of another vocabulary")));
            }
            return null;
        });
    }

    private Uni<Void> store(Vocabulary v, List<ConceptView> list) {
        if (list.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Concept> rows = new ArrayList<>();
        for (ConceptView c : list) {
            rows.add(entity(v.id, c));
        }
        return concepts.persist(rows);
    }

    private static Concept entity(UUID vocabulary, ConceptView c) {
        Concept e = new Concept();
        e.id = UUID.randomUUID();
        e.vocabularyId = vocabulary;
        e.iri = c.iri();
        e.notation = c.notation();
        e.prefLabelFr = c.prefLabel() == null ? null : c.prefLabel().fr();
        e.prefLabelEn = c.prefLabel() == null ? null : c.prefLabel().en();
        e.definitionFr = c.definition() == null ? null : c.definition().fr();
        e.definitionEn = c.definition() == null ? null : c.definition().en();
        e.altLabelsFr = c.altLabel() == null || c.altLabel().fr() == null ? new String[0] : c.altLabel().fr().toArray(String[]::new);
        e.altLabelsEn = c.altLabel() == null || c.altLabel().en() == null ? new String[0] : c.altLabel().en().toArray(String[]::new);
        e.broader = c.broader().toArray(String[]::new);
        return e;
    }

    private static List<ConceptView> ordered(List<ConceptView> list, UUID vocabulary) {
        return ordered(list.stream().map(c -> entity(vocabulary, c)).toList());
    }

    /** Concepts broader before narrower (depth first from the top concepts), siblings by notation then label. */
    static List<ConceptView> ordered(List<Concept> list) {
        Map<String, List<Concept>> children = new HashMap<>();
        List<Concept> tops = new ArrayList<>();
        for (Concept c : list) {
            if (c.broader.length == 0) {
                tops.add(c);
            }
            for (String b : c.broader) {
                children.computeIfAbsent(b, k -> new ArrayList<>()).add(c);
            }
        }
        Comparator<Concept> order = Comparator.comparing((Concept c) -> c.notation == null ? "\uffff" : c.notation)
                .thenComparing(c -> label(c)).thenComparing(c -> c.iri);
        List<ConceptView> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Concept> stack = new ArrayList<>(tops.stream().sorted(order.reversed()).toList());
        while (!stack.isEmpty()) {
            Concept c = stack.remove(stack.size() - 1);
            if (!seen.add(c.iri)) {
                continue; // a concept with two broader is shown once, under the first met
            }
            List<Concept> kids = children.getOrDefault(c.iri, List.of()).stream().sorted(order).toList();
            out.add(view(c, kids.stream().map(k -> k.iri).toList()));
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i));
            }
        }
        return out;
    }

    private static String label(Concept c) {
        return c.prefLabelFr != null ? c.prefLabelFr : c.prefLabelEn == null ? "" : c.prefLabelEn;
    }

    private static ConceptView view(Concept c, List<String> narrower) {
        return new ConceptView(c.iri, c.notation,
                c.prefLabelFr == null && c.prefLabelEn == null ? null : new ConceptView.Labels(c.prefLabelFr, c.prefLabelEn),
                new ConceptView.AltLabels(List.of(c.altLabelsFr), List.of(c.altLabelsEn)),
                c.definitionFr == null && c.definitionEn == null ? null : new ConceptView.Labels(c.definitionFr, c.definitionEn),
                List.of(c.broader), narrower);
    }

    private static VocabularyView view(Vocabulary v, int count, List<ConceptView> list) {
        return new VocabularyView(v.id, v.iri, v.title, v.team, v.revision, count, v.createdBy, v.createdAt, v.modifiedAt, list);
    }

    private static Uni<Vocabulary> readable(Uni<Vocabulary> found, UUID id, Caller caller) {
        return found.map(v -> {
            if (v == null || !readableBy(v, caller)) {
                throw AnnotationService.notFound("id", "no vocabulary " + id);
            }
            return v;
        });
    }

    private static boolean readableBy(Vocabulary v, Caller caller) {
        return v.readableBy(caller);
    }

    private static void mayWrite(Vocabulary v, Caller caller) {
        if (!v.writableBy(caller)) {
            throw AnnotationService.forbidden(v.shared() ? "only admins may change a shared vocabulary"
                    : "only a curator of team " + v.team + ", or an admin, may change its vocabulary");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
