package io.corridor.document;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * Something that happened that one member should know: written in the transaction of its cause, pointing
 * to its document and, when it is about one, its annotation.
 */
@Entity
public class Notification {

    public static final String MENTIONED = "mentioned";
    public static final String REPLIED = "replied";
    public static final String ASSIGNED = "assigned";
    public static final String FLAGGED = "flagged";
    public static final String HIDDEN = "hidden";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
    public static final String NEW_VERSION = "new_version";

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    public Long id;

    @Column(nullable = false, updatable = false)
    public String recipient;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "document_id", nullable = false, updatable = false)
    public Long documentId;

    @Column(name = "annotation_id", updatable = false)
    public UUID annotationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;
}
