package io.corridor.document;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/**
 * One committed annotation write, as live subscribers receive it: its id is the SSE event id that
 * a reconnecting client sends back as Last-Event-ID. Kept for an hour (corridor.events.retention).
 * The visibility rule is copied from the annotation at the time of the write, so that replay filters
 * an event as it was filtered live.
 */
@Entity
@Table(name = "annotation_event")
public class AnnotationEvent {

    /** Drawn by the insert trigger in commit order per document (see V4 migration). */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    public long documentId;

    @Column(name = "annotation_id", nullable = false, updatable = false)
    public UUID annotationId;

    /** created, updated or deleted: the SSE event name. */
    @Column(nullable = false, updatable = false)
    public String type;

    @Column(nullable = false, updatable = false)
    public String creator;

    /** A {@link Visibility} value. */
    @Column(nullable = false, updatable = false)
    public String visibility;

    @Column(nullable = false, updatable = false)
    public String[] teams = new String[0];

    /** For a reply, the rules of the annotations up its thread ({@link Audience}s as JSON, parent first); else []. */
    @ColumnTransformer(read = "thread::text", write = "cast(? as text)::jsonb")
    @Column(nullable = false, updatable = false)
    public String thread = "[]";

    /** The SSE data, exactly as sent live. */
    @Column(nullable = false, updatable = false)
    public String payload;

    /** Set by the database at insert; retention deletes by it. */
    @Column(insertable = false, updatable = false)
    public OffsetDateTime at;
}
