package io.corridor.actor.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.ActorEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ActorRepository implements PanacheRepository<ActorEntity> {

    /** Filters of a listing; null means any. */
    public record Filter(String q, String key, String kind, String family, String country, String status) {
    }

    // Word similarity finds a name inside a longer one ("Konare" in "alpha oumar konare") and
    // tolerates typos; the substring test keeps short queries ("UE") that trigrams cannot score.
    private static final String MATCHING = """
            from actor a join actor_name n on n.actor_id = a.id
            where a.merged_into is null
              and (corridor_fold(:q) <%% n.norm or n.norm like '%%' || corridor_fold(:q) || '%%')
              %s
            """;

    /** A live entry a query matches, with its best similarity over its names (0 to 1). */
    public record Scored(long id, double score) {
    }

    public Uni<List<Long>> search(Filter filter, int page, int size) {
        return scored(filter, page, size).map(found -> found.stream().map(Scored::id).toList());
    }

    /** The entries a query matches, best first, with their scores: the search behind listings and reconciliation. */
    public Uni<List<Scored>> scored(Filter filter, int page, int size) {
        String sql = "select a.id, a.score from (select a.id, a.name, max(greatest(word_similarity(corridor_fold(:q), n.norm), "
                + "similarity(corridor_fold(:q), n.norm))) as score " + MATCHING.formatted(extra(filter))
                + " group by a.id, a.name) a order by a.score desc, a.name, a.id limit :limit offset :offset";
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class).setParameter("q", filter.q())
                    .setParameter("limit", size).setParameter("offset", page * size);
            bind(filter, query::setParameter);
            return query.getResultList();
        }).map(rows -> rows.stream().map(r -> new Scored(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue())).toList());
    }

    public Uni<Long> countSearch(Filter filter) {
        String sql = "select count(distinct a.id) " + MATCHING.formatted(extra(filter));
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Long.class).setParameter("q", filter.q());
            bind(filter, query::setParameter);
            return query.getSingleResult();
        });
    }

    /** Listing without a query: by name, then id, so that pages are stable. Merged entries only by key. */
    public Uni<List<ActorEntity>> list(Filter filter, int page, int size) {
        return find(where(filter), Sort.ascending("name", "id"), parameters(filter)).page(page, size).list();
    }

    public Uni<Long> count(Filter filter) {
        return count(where(filter), parameters(filter));
    }

    // A merged id stands for its survivor (merges keep one hop, see redirect), as GET /actors/{id} does.
    private static final String RESOLVED = "mergedInto is null and id in "
            + "(select coalesce(a.mergedInto, a.id) from Actor a where a.id in ?1)";

    /** The live entries the ids name, merged ids resolved to their survivors, by name then id; unknown ids name none. */
    public Uni<List<ActorEntity>> resolved(Collection<Long> ids, int page, int size) {
        return find(RESOLVED, Sort.ascending("name", "id"), ids).page(page, size).list();
    }

    public Uni<Long> countResolved(Collection<Long> ids) {
        return count(RESOLVED, ids);
    }

    public Uni<List<ActorEntity>> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    public Uni<ActorEntity> byKey(String key) {
        return find("key", key).firstResult();
    }

    /** Redirects pointing at {@code from} now point at {@code to}, so that every old id answers in one hop. */
    public Uni<Integer> redirect(long from, long to) {
        return update("mergedInto = ?1 where mergedInto = ?2", to, from);
    }

    /** Marks a change of names in this transaction, so every replica rebuilds its mention automaton. */
    public Uni<Integer> bumpRevision() {
        return Panache.getSession().chain(s -> s.createNativeQuery("update registry_revision set revision = revision + 1")
                .executeUpdate());
    }

    public Uni<Long> revision() {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("select revision from registry_revision where id = 1", Long.class)
                        .getSingleResult());
    }

    private static String extra(Filter f) {
        StringBuilder sql = new StringBuilder();
        if (f.kind() != null) {
            sql.append(" and a.kind = :kind");
        }
        if (f.family() != null) {
            sql.append(" and a.family = :family");
        }
        if (f.country() != null) {
            sql.append(" and a.country = :country");
        }
        if (f.status() != null) {
            sql.append(" and a.status = :status");
        }
        return sql.toString();
    }

    private interface Binder {
        Object bind(String name, Object value);
    }

    private static void bind(Filter f, Binder binder) {
        if (f.kind() != null) {
            binder.bind("kind", f.kind());
        }
        if (f.family() != null) {
            binder.bind("family", f.family());
        }
        if (f.country() != null) {
            binder.bind("country", f.country());
        }
        if (f.status() != null) {
            binder.bind("status", f.status());
        }
    }

    private static String where(Filter f) {
        StringBuilder hql = new StringBuilder(f.key() != null ? "key = :key" : "mergedInto is null");
        if (f.kind() != null) {
            hql.append(" and kind = :kind");
        }
        if (f.family() != null) {
            hql.append(" and family = :family");
        }
        if (f.country() != null) {
            hql.append(" and country = :country");
        }
        if (f.status() != null) {
            hql.append(" and status = :status");
        }
        return hql.toString();
    }

    private static Parameters parameters(Filter f) {
        Parameters p = new Parameters();
        if (f.key() != null) {
            p.and("key", f.key());
        }
        if (f.kind() != null) {
            p.and("kind", io.corridor.actor.ActorKind.of(f.kind()));
        }
        if (f.family() != null) {
            p.and("family", f.family());
        }
        if (f.country() != null) {
            p.and("country", f.country());
        }
        if (f.status() != null) {
            p.and("status", io.corridor.actor.Status.of(f.status()));
        }
        return p;
    }
}
