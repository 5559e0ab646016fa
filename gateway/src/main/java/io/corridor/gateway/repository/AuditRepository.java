package io.corridor.gateway.repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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

    /** The condition of each optional filter, by its parameter. */
    private static final Map<String, String> FILTERS = Map.of("username", "username = :username", "outcome",
            "outcome = :outcome", "from", "at >= :from", "to", "at < :to");

    /** Filters are optional; the newest record comes first, ties broken by id for stable pages. */
    public Uni<List<AuditRecord>> search(String username, String outcome, OffsetDateTime from, OffsetDateTime to,
            int page, int size) {
        return query(username, outcome, from, to).page(page, size).list();
    }

    public Uni<Long> count(String username, String outcome, OffsetDateTime from, OffsetDateTime to) {
        return query(username, outcome, from, to).count();
    }

    private PanacheQuery<AuditRecord> query(String username, String outcome, OffsetDateTime from, OffsetDateTime to) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", username);
        params.put("outcome", outcome);
        params.put("from", from);
        params.put("to", to);
        // A filter not given is no condition (and no parameter: a null has no SQL type to bind).
        params.values().removeIf(Objects::isNull);
        String where = params.keySet().stream().map(FILTERS::get).collect(Collectors.joining(" and "));
        return find(where.isEmpty() ? "1 = 1" : where, Sort.descending("at").and("id", Sort.Direction.Descending), params);
    }
}
