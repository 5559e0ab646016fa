package io.corridor.document;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A member's report that an annotation needs a moderator's look, and the curator's decision on it. */
@Entity
@Table(name = "annotation_flag")
public class AnnotationFlag {

    public static final String HIDDEN = "hidden";
    public static final String DISMISSED = "dismissed";

    @Id
    @SequenceGenerator(name = "annotation_flag_seq", sequenceName = "annotation_flag_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annotation_flag_seq")
    public Long id;

    @Column(name = "annotation_id", nullable = false, updatable = false)
    public UUID annotationId;

    @Column(nullable = false, updatable = false)
    public String flagger;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    /** hidden or dismissed; null while open. */
    public String resolution;
}
