package io.corridor.document.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.corridor.document.Assignment;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class AssignmentRepository implements PanacheRepository<Assignment> {

    public Uni<Assignment> of(long documentId, String assignee) {
        return find("documentId = ?1 and assignee = ?2", documentId, assignee).firstResult();
    }

    /** Locked for a change of its state. */
    public Uni<Assignment> forChange(long documentId, String assignee) {
        return find("documentId = ?1 and assignee = ?2", documentId, assignee)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<List<Assignment>> ofDocument(long documentId) {
        return list("documentId = ?1 order by assignee", documentId);
    }
}
