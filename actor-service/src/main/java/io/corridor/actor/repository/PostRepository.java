package io.corridor.actor.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.PostEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Posts, listed by organization and label words. */
@ApplicationScoped
@WithSession
public class PostRepository implements PanacheRepository<PostEntity> {

    public record Filter(Long organization, String q) {
    }

    public Uni<List<PostEntity>> page(Filter filter, int page, int size) {
        return find(where(filter), Sort.ascending("label", "id"), parameters(filter)).page(page, size).list();
    }

    public Uni<Long> count(Filter filter) {
        return count(where(filter), parameters(filter));
    }

    public Uni<List<PostEntity>> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    public Uni<List<PostEntity>> ofOrganizations(Collection<Long> organizations) {
        return organizations.isEmpty() ? Uni.createFrom().item(List.of())
                : list("organizationId in ?1 order by label, id", organizations);
    }

    /** A merged organization's posts become the survivor's. */
    public Uni<Integer> moveOrganization(long from, long to) {
        return update("organizationId = ?1 where organizationId = ?2", to, from);
    }

    private static String where(Filter f) {
        StringBuilder hql = new StringBuilder("1 = 1");
        if (f.organization() != null) {
            hql.append(" and organizationId = :organization");
        }
        if (f.q() != null) {
            hql.append(" and lower(label) like :q");
        }
        return hql.toString();
    }

    private static Parameters parameters(Filter f) {
        Parameters p = new Parameters();
        if (f.organization() != null) {
            p.and("organization", f.organization());
        }
        if (f.q() != null) {
            // the words as typed: LIKE wildcards in them are dropped rather than obeyed
            p.and("q", "%" + f.q().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return p;
    }
}
