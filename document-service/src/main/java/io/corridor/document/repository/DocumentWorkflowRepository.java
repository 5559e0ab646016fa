package io.corridor.document.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.DocumentWorkflow;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;

@ApplicationScoped
@WithSession
public class DocumentWorkflowRepository implements PanacheRepositoryBase<DocumentWorkflow, Long> {
}
