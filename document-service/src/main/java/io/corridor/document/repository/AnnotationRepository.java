package io.corridor.document.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Annotation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class AnnotationRepository implements PanacheRepositoryBase<Annotation, UUID> {

    /** The annotation unless it is soft-deleted; visibility is the caller's business. */
    public Uni<Annotation> findLive(UUID id) {
        return findById(id).map(a -> a == null || a.deleted() ? null : a);
    }

    /** The live passage annotations of a document (not replies), oldest first: what re-anchoring walks. */
    public Uni<List<Annotation>> passagesOf(long documentId) {
        return find("documentId = ?1 and replyTo is null and deletedAt is null", Sort.ascending("createdAt", "id"),
                documentId).list();
    }

    /** The live annotations with these ids (any order). */
    public Uni<List<Annotation>> liveByIds(List<UUID> ids) {
        return find("id in ?1 and deletedAt is null", ids).list();
    }
}
