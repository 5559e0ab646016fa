package io.corridor.document.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Caller;
import io.corridor.document.DocumentFollow;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.document.repository.FollowRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Who follows which document (notified of its new versions). */
@ApplicationScoped
public class Follows {

    private final FollowRepository follows;
    private final DocumentRepository documents;
    private final Notices notices;

    public Follows(FollowRepository follows, DocumentRepository documents, Notices notices) {
        this.follows = follows;
        this.documents = documents;
        this.notices = notices;
    }

    @WithTransaction
    public Uni<Void> follow(long documentId, Caller caller) {
        return live(documentId).flatMap(x -> notices.follow(documentId, caller.name()));
    }

    @WithTransaction
    public Uni<Void> unfollow(long documentId, Caller caller) {
        return live(documentId).flatMap(x -> follows.deleteById(new DocumentFollow.Key(documentId, caller.name())))
                .replaceWithVoid();
    }

    private Uni<Void> live(long documentId) {
        return documents.findLive(documentId).map(d -> {
            if (d == null) {
                throw AnnotationService.notFound("id", "no document " + documentId);
            }
            return null;
        });
    }
}
