package io.corridor.gateway.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.gateway.AuditRecord;
import io.corridor.gateway.repository.AuditRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AuditService {

    private final AuditRepository records;

    public AuditService(AuditRepository records) {
        this.records = records;
    }

    @WithTransaction
    public Uni<Void> record(AuditRecord record) {
        return records.persist(record).replaceWithVoid();
    }

    @WithSession
    public Uni<Page<AuditRecord>> search(String username, String outcome, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        return records.search(username, outcome, from, to, page.page, page.size)
                .flatMap(items -> records.count(username, outcome, from, to)
                        .map(total -> new Page<>(items, page.page, page.size, total)));
    }
}
