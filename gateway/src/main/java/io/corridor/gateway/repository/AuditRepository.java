package io.corridor.gateway.repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.gateway.AuditRecord;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class AuditRepository implements PanacheRepository<AuditRecord> {

    /** Filters are optional; the newest record comes first, ties broken by id for stable pages. */
    public Uni<List<AuditRecord>> search(String username, String outcome, OffsetDateTime from, OffsetDateTime to,
            int page, int size) {
        return query(username, outcome, from, to).page(page, size).list();
    }

    public Uni<Long> count(String username, String outcome, OffsetDateTime from, OffsetDateTime to) {
        return query(username, outcome, from, to).count();
    }

    private PanacheQuery<AuditRecord> query(String username, String outcome, OffsetDateTime from, OffsetDateTime to) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (username != null) {
            where.append(" and username = :username");
            params.put("username", username);
        }
        if (outcome != null) {
            where.append(" and outcome = :outcome");
            params.put("outcome", outcome);
        }
        if (from != null) {
            where.append(" and at >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and at < :to");
            params.put("to", to);
        }
        return find(where.toString(), Sort.descending("at").and("id", Sort.Direction.Descending), params);
    }
}
