package io.corridor.actor.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.RelationEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class RelationRepository implements PanacheRepository<RelationEntity> {

    /**
     * A period to overlap: a relation qualifies when the days it may span meet [from, to]. Either
     * end may be open (null). A relation's unknown start or end is open too.
     */
    public record Period(LocalDate from, LocalDate to) {
        public static final Period ALWAYS = new Period(null, null);
    }

    public Uni<List<RelationEntity>> touching(Collection<Long> actorIds, Period period, String predicate) {
        if (actorIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Parameters p = Parameters.with("ids", actorIds);
        String hql = "(subjectId in :ids or objectId in :ids)" + period(period, p) + predicate(predicate, p);
        return list(hql + " order by startFrom nulls last, id", p);
    }

    public Uni<List<RelationEntity>> page(Period period, String predicate, int page, int size) {
        Parameters p = new Parameters();
        String hql = "1 = 1" + period(period, p) + predicate(predicate, p);
        return find(hql + " order by id", p).page(page, size).list();
    }

    public Uni<Long> count(Period period, String predicate) {
        Parameters p = new Parameters();
        return count("1 = 1" + period(period, p) + predicate(predicate, p), p);
    }

    /** Objects that {@code subject} is part of, directly: one step up a part_of hierarchy. */
    public Uni<List<Long>> partOfParents(Collection<Long> subjects, Long excluded) {
        return getSession().chain(s -> s.createSelectionQuery(
                "select r.objectId from Relation r where r.predicate = 'part_of' and r.subjectId in :ids and r.id <> :excluded",
                Long.class).setParameter("ids", subjects).setParameter("excluded", excluded == null ? -1L : excluded)
                .getResultList());
    }

    public Uni<Integer> deleteBetween(long a, long b) {
        return getSession().chain(s -> s.createMutationQuery(
                "delete from Evidence e where e.relationId in (select r.id from Relation r where "
                        + "(r.subjectId = :a and r.objectId = :b) or (r.subjectId = :b and r.objectId = :a))")
                .setParameter("a", a).setParameter("b", b).executeUpdate())
                .chain(() -> delete("(subjectId = ?1 and objectId = ?2) or (subjectId = ?2 and objectId = ?1)", a, b)
                        .map(Long::intValue));
    }

    public Uni<Integer> moveEnds(long from, long to) {
        // one cannot act on one's own behalf: a survivor that was represented by the merged actor no longer is
        return update("subjectId = ?1 where subjectId = ?2", to, from)
                .chain(() -> update("objectId = ?1 where objectId = ?2", to, from))
                .chain(() -> update("onBehalfOf = null where onBehalfOf = ?1 and subjectId = ?2", from, to))
                .chain(() -> update("onBehalfOf = ?1 where onBehalfOf = ?2", to, from));
    }

    /** The relations whose subject is one of these: each relation once over a registry exported page by page. */
    public Uni<List<RelationEntity>> ofSubjects(Collection<Long> subjectIds) {
        return subjectIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("subjectId in ?1 order by id", subjectIds);
    }

    /** The memberships that hold these posts, by start date, undated last. */
    public Uni<List<RelationEntity>> holding(Collection<Long> postIds) {
        return postIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("postId in ?1 order by startFrom nulls last, id", postIds);
    }

    /** How many memberships hold the post: a held post cannot be deleted. */
    public Uni<Long> countHolding(long postId) {
        return count("postId", postId);
    }

    private static String period(Period period, Parameters p) {
        StringBuilder hql = new StringBuilder();
        if (period.to() != null) {
            hql.append(" and (startFrom is null or startFrom <= :to)");
            p.and("to", period.to());
        }
        if (period.from() != null) {
            hql.append(" and (endTo is null or endTo >= :from)");
            p.and("from", period.from());
        }
        return hql.toString();
    }

    private static String predicate(String predicate, Parameters p) {
        if (predicate == null) {
            return "";
        }
        p.and("predicate", predicate);
        return " and predicate = :predicate";
    }
}
