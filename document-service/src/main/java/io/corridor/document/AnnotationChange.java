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

import org.hibernate.annotations.ColumnTransformer;

/** One change of an annotation, for its history: who, when, and the JSON-LD before and after. */
@Entity
@Table(name = "annotation_change")
public class AnnotationChange {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String STATUS = "status";
    public static final String DELETED = "deleted";
    public static final String REANCHORED = "reanchored";
    public static final String RESTORED = "restored";
    /** A member flagged it (no change of the annotation itself: the revision stays). */
    public static final String FLAGGED = "flagged";
    public static final String HIDDEN = "hidden";
    public static final String UNHIDDEN = "unhidden";

    // the bigserial's own sequence, one value at a time: an identity insert would run at persist
    // time, before the annotation it references is flushed
    @Id
    @SequenceGenerator(name = "annotation_change_seq", sequenceName = "annotation_change_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annotation_change_seq")
    public Long id;

    @Column(name = "annotation_id", nullable = false, updatable = false)
    public UUID annotationId;

    /** The annotation's revision after the change. */
    @Column(nullable = false, updatable = false)
    public long revision;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    /** Why (a status change or a moderation), when given. */
    @Column(updatable = false)
    public String reason;

    @ColumnTransformer(read = "before::text", write = "cast(? as text)::jsonb")
    @Column(updatable = false)
    public String before;

    @ColumnTransformer(read = "after::text", write = "cast(? as text)::jsonb")
    @Column(updatable = false)
    public String after;
}
