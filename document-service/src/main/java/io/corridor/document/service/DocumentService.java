package io.corridor.document.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Document;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;

    public DocumentService(DocumentRepository documents) {
        this.documents = documents;
    }

    @WithTransaction
    public Uni<Page<Document>> list(PageRequest request) {
        return documents.count().flatMap(total -> documents.newestFirst(request.page, request.size)
                .map(items -> new Page<>(items, request.page, request.size, total)));
    }
}
