package io.corridor.document.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.AnnotationFlag;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class AnnotationFlagRepository implements PanacheRepository<AnnotationFlag> {

    public Uni<AnnotationFlag> openBy(UUID annotationId, String flagger) {
        return find("annotationId = ?1 and flagger = ?2 and resolvedAt is null", annotationId, flagger).firstResult();
    }

    public Uni<List<AnnotationFlag>> open(UUID annotationId) {
        return list("annotationId = ?1 and resolvedAt is null order by id", annotationId);
    }
}
