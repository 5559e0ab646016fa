package io.corridor.document.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.DocumentVersion;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class VersionRepository implements PanacheRepository<DocumentVersion> {

    public Uni<DocumentVersion> bySha256(String sha256) {
        return find("sha256", sha256).firstResult();
    }

    public Uni<DocumentVersion> of(long documentId, int n) {
        return find("documentId = ?1 and n = ?2", documentId, n).firstResult();
    }

    public Uni<List<DocumentVersion>> allOf(long documentId) {
        return find("documentId", Sort.ascending("n"), documentId).list();
    }

    /** A document's language picks the search configuration of all its versions: they are re-indexed with it. */
    public Uni<Integer> setLanguage(long documentId, String language) {
        return update("language = ?1 where documentId = ?2", language, documentId);
    }
}
