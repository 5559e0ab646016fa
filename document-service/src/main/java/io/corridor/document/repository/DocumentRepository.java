package io.corridor.document.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Document;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class DocumentRepository implements PanacheRepository<Document> {

    /** The document unless it is soft-deleted: deleted documents are invisible to every reader. */
    public Uni<Document> findLive(long id) {
        return findById(id).map(d -> d == null || d.deleted() ? null : d);
    }
}
