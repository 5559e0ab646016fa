package io.corridor.document.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Caller;
import io.corridor.document.Annotation;
import io.corridor.document.repository.AnnotationRepository;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The annotations of a document that re-anchoring (or an import) could not place in its text, as the caller may see them. */
@ApplicationScoped
public class Orphans {

    private final AnnotationRepository annotations;
    private final DocumentRepository documents;

    public Orphans(AnnotationRepository annotations, DocumentRepository documents) {
        this.annotations = annotations;
        this.documents = documents;
    }

    @WithSession
    public Uni<List<Annotation>> of(long documentId, Caller caller) {
        return documents.findLive(documentId).flatMap(d -> {
            if (d == null) {
                throw ProblemException.notFound("no document " + documentId);
            }
            // few by nature (the partial index annotation_orphans_idx finds them); visibility is checked per row
            return annotations.find("documentId = ?1 and anchorState = ?2 and deletedAt is null and replyTo is null",
                    Sort.ascending("createdAt", "id"), documentId, Annotation.ORPHANED).list()
                    .map(list -> list.stream().filter(a -> AnnotationService.visible(a, caller)).toList());
        });
    }
}
