package io.corridor.actor.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.Backed;
import io.corridor.actor.EvidenceEntity;
import io.corridor.actor.api.Evidence;
import io.corridor.actor.repository.EvidenceRepository;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.smallrye.mutiny.Uni;

/**
 * The evidence of any statement, kept one way for relations, events, posts and actors: checked (a quote, an
 * annotation or an import; a property the owner has), replaced as a whole with each write, and shown with when it was
 * first and last seen. A source sent again keeps its first sighting, so first/last seen tell how long it has held.
 */
@ApplicationScoped
public class Provenance {

    private final EvidenceRepository evidence;

    public Provenance(EvidenceRepository evidence) {
        this.evidence = evidence;
    }

    /** Refuses evidence that says nothing or names a statement the owner does not have, naming the item. */
    public static void check(Backed owner, List<Evidence> items) {
        for (int i = 0; i < items.size(); i++) {
            Evidence item = items.get(i);
            if (blank(item.annotation()) && blank(item.quote()) && blank(item.imported())) {
                throw ProblemException.invalid("evidence[" + i + "]", "needs an annotation, a quote or an import");
            }
            if (item.property() != null && !owner.properties().contains(item.property())) {
                throw ProblemException.unprocessable("no such statement",
                        List.of(Violation.field("evidence[" + i + "].property", item.property(),
                                "must be one of " + String.join(", ", owner.properties().stream().sorted().toList()))));
            }
            if (item.value() != null && item.property() == null) {
                throw ProblemException.invalid("evidence[" + i + "].value", "needs a property");
            }
        }
    }

    /** Replaces the owner's evidence with these items (checked before), keeping the first sighting of a source sent again. */
    public Uni<Void> replace(Backed owner, long id, List<Evidence> items) {
        check(owner, items);
        return evidence.of(owner, List.of(id)).flatMap(before -> {
            OffsetDateTime now = OffsetDateTime.now();
            List<EvidenceEntity> rows = new ArrayList<>();
            for (Evidence item : items) {
                EvidenceEntity row = new EvidenceEntity();
                owner.assign(row, id);
                row.annotation = clean(item.annotation());
                row.document = clean(item.document());
                row.quote = clean(item.quote());
                row.imported = clean(item.imported());
                row.property = item.property();
                row.value = clean(item.value());
                row.rank = item.rank() == null ? "normal" : item.rank();
                row.stance = item.stance() == null ? "supports" : item.stance();
                row.firstSeen = before.stream().filter(old -> same(old, row)).map(old -> old.firstSeen).findFirst().orElse(now);
                row.lastSeen = now;
                rows.add(row);
            }
            Uni<Long> cleared = before.isEmpty() ? Uni.createFrom().item(0L) : evidence.deleteOf(owner, id);
            return cleared.flatMap(x -> evidence.flush())
                    .flatMap(x -> rows.isEmpty() ? Uni.createFrom().voidItem() : evidence.persist(rows));
        });
    }

    /** A merged actor's sources now back the survivor's statements. */
    public Uni<Integer> moveActor(long from, long to) {
        return evidence.update("actorId = ?1 where actorId = ?2", to, from);
    }

    public Uni<Long> deleteOf(Backed owner, long id) {
        return evidence.deleteOf(owner, id);
    }

    public Uni<List<EvidenceEntity>> of(Backed owner, List<Long> ids) {
        return evidence.of(owner, ids);
    }

    private static boolean same(EvidenceEntity a, EvidenceEntity b) {
        return Objects.equals(a.annotation, b.annotation) && Objects.equals(a.document, b.document)
                && Objects.equals(a.quote, b.quote) && Objects.equals(a.imported, b.imported)
                && Objects.equals(a.property, b.property) && Objects.equals(a.value, b.value);
    }

    private static String clean(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
