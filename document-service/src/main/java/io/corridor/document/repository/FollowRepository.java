package io.corridor.document.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.DocumentFollow;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class FollowRepository implements PanacheRepositoryBase<DocumentFollow, DocumentFollow.Key> {

    public Uni<List<DocumentFollow>> of(long documentId) {
        return list("documentId = ?1 order by username", documentId);
    }
}
