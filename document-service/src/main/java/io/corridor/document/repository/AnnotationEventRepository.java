package io.corridor.document.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.AnnotationEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;

/**
 * Stores events in the session of the annotation write that caused them (the write's transaction),
 * so an event exists if and only if the write commits. Reads go through {@link AnnotationEventQueries}.
 */
@ApplicationScoped
@WithSession
public class AnnotationEventRepository implements PanacheRepositoryBase<AnnotationEvent, Long> {
}
