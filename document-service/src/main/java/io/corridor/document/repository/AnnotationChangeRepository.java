package io.corridor.document.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.AnnotationChange;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class AnnotationChangeRepository implements PanacheRepository<AnnotationChange> {

    /** Every change of an annotation, oldest first. */
    public Uni<List<AnnotationChange>> of(UUID annotationId) {
        return find("annotationId", Sort.ascending("id"), annotationId).list();
    }
}
