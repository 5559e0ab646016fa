package io.corridor.document.service;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Annotation;
import io.corridor.document.Authorship;
import io.corridor.document.DocumentFollow;
import io.corridor.document.Notification;
import io.corridor.document.repository.FollowRepository;
import io.corridor.document.repository.NotificationRepository;
import io.smallrye.mutiny.Uni;

/**
 * Writes notifications, always inside the transaction of what caused them (so that a refused or rolled
 * back write notifies no one; the insert trigger's NOTIFY is sent at commit). Nobody is notified of their
 * own doing, and agents (the suggester) are never notified. Whether the recipient may see what a
 * notification points to is checked when it is read, not here.
 */
@ApplicationScoped
public class Notices {

    private final NotificationRepository notifications;
    private final FollowRepository follows;

    public Notices(NotificationRepository notifications, FollowRepository follows) {
        this.notifications = notifications;
        this.follows = follows;
    }

    public Uni<Void> mentioned(Annotation a, Collection<String> members) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String member : members) {
            chain = chain.flatMap(x -> notify(member, Notification.MENTIONED, a.creator, a.documentId, a.id));
        }
        return chain;
    }

    /** A reply to someone's annotation: its creator is told. */
    public Uni<Void> replied(Annotation reply, Annotation parent) {
        return notify(parent.creator, Notification.REPLIED, reply.creator, reply.documentId, reply.id);
    }

    /** An assignment: the assignee is told and follows the document. */
    public Uni<Void> assigned(long documentId, String assignee, String curator) {
        return follow(documentId, assignee).flatMap(x -> notify(assignee, Notification.ASSIGNED, curator, documentId, null));
    }

    public Uni<Void> flagged(Annotation a, String flagger) {
        return notify(a.creator, Notification.FLAGGED, flagger, a.documentId, a.id);
    }

    public Uni<Void> hidden(Annotation a, String curator) {
        return notify(a.creator, Notification.HIDDEN, curator, a.documentId, a.id);
    }

    /** A curator accepted or rejected someone's annotation. */
    public Uni<Void> status(Annotation a, String status, String curator) {
        String type = Annotation.ACCEPTED.equals(status) ? Notification.ACCEPTED
                : Annotation.REJECTED.equals(status) ? Notification.REJECTED : null;
        return type == null ? Uni.createFrom().voidItem() : notify(a.creator, type, curator, a.documentId, a.id);
    }

    /** A new version of a document: every follower but its uploader is told. */
    public Uni<Void> newVersion(long documentId, String uploader) {
        return follows.of(documentId).flatMap(list -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (DocumentFollow f : list) {
                chain = chain.flatMap(x -> notify(f.username, Notification.NEW_VERSION, uploader, documentId, null));
            }
            return chain;
        });
    }

    /** Follows a document (again: nothing changes). */
    public Uni<Void> follow(long documentId, String username) {
        return follows.findById(new DocumentFollow.Key(documentId, username)).flatMap(found -> {
            if (found != null) {
                return Uni.createFrom().voidItem();
            }
            DocumentFollow f = new DocumentFollow();
            f.documentId = documentId;
            f.username = username;
            f.since = now();
            return follows.persist(f).replaceWithVoid();
        });
    }

    private Uni<Void> notify(String recipient, String type, String actor, long documentId, UUID annotationId) {
        if (recipient == null || recipient.equals(actor) || Authorship.SUGGESTER.equals(recipient)) {
            return Uni.createFrom().voidItem();
        }
        Notification n = new Notification();
        n.recipient = recipient;
        n.type = type;
        n.actor = actor;
        n.documentId = documentId;
        n.annotationId = annotationId;
        n.createdAt = now();
        return notifications.persist(n).replaceWithVoid();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
