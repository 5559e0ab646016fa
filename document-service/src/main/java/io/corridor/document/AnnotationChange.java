package io.corridor.document;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String after;
}
