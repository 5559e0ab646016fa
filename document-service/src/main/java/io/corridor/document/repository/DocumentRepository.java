package io.corridor.document.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Document;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class DocumentRepository implements PanacheRepository<Document> {

    /** Newest first; the id breaks ties so that pages never overlap or skip. */
    public Uni<List<Document>> newestFirst(int page, int size) {
        return findAll(Sort.descending("createdAt", "id")).page(page, size).list();
    }
}
