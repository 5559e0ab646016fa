package io.corridor.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

import org.hibernate.annotations.ColumnTransformer;

/**
 * A W3C Web Annotation on a passage of one version of a document, or a reply to another
 * annotation. The bodies are stored as written (JSON); the selectors live in columns, which
 * re-anchoring rewrites, and from which the target is shown.
 */
@Entity
public class Annotation {

    /** A pre-moderated team's new annotation: seen by its creator and curators only, until accepted. */
    public static final String PENDING = "pending";
    public static final String PROPOSED = "proposed";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
    public static final List<String> STATUSES = List.of(PROPOSED, ACCEPTED, REJECTED);

    /** The layer of annotators' own annotations, and the curators' merge of them (see service.Curation). */
    public static final String ANNOTATORS = "annotators";
    public static final String CURATED = "curated";
    public static final List<String> LAYERS = List.of(ANNOTATORS, CURATED);

    public static final String ANCHORED = "anchored";
    public static final String ORPHANED = "orphaned";

    /** Assigned by the service (not the database), so that the IRI is known before the insert. */
    @Id
    public UUID id;

    /** The annotated document; for a reply, its parent's document. */
    @Column(name = "document_id", nullable = false, updatable = false)
    public Long documentId;

    /** The version the selectors point into; null for a reply. */
    public Integer version;

    /** A {@link Motivation} value. */
    @Column(nullable = false)
    public String motivation;

    /**
     * The W3C bodies, a JSON array. JSON text in Java, jsonb in the table: bound as text and cast by
     * PostgreSQL (a String bound as jsonb would be stored as one JSON string).
     */
    @ColumnTransformer(read = "body::text", write = "cast(? as text)::jsonb")
    @Column(nullable = false)
    public String body;

    /** The target as last anchored (JSON), its source as a path. */
    @ColumnTransformer(read = "target::text", write = "cast(? as text)::jsonb")
    @Column(nullable = false)
    public String target;

    /** TextQuoteSelector of the passage (null for a reply). */
    public String exact;
    public String prefix;
    public String suffix;

    /** TextPositionSelector of the passage in code points (null for a reply). */
    @Column(name = "start_pos")
    public Integer startPos;

    @Column(name = "end_pos")
    public Integer endPos;

    /** The parent of a reply. */
    @Column(name = "reply_to", updatable = false)
    public UUID replyTo;

    /** The user name of whoever wrote it (or {@code corridor-suggester}). */
    @Column(nullable = false, updatable = false)
    public String creator;

    /** A {@link Visibility} value (private, team, public). */
    @Column(nullable = false)
    public String visibility;

    /** The creator's teams when it was last written: who "team" means. */
    @Column(nullable = false)
    public String[] teams = new String[0];

    /** proposed, accepted or rejected (curators set it). */
    @Column(nullable = false)
    public String status;

    /** anchored or orphaned (re-anchoring sets it). */
    @Column(name = "anchor_state", nullable = false)
    public String anchorState;

    /** Tags of the bodies, lower-cased, for the container's filter. */
    @Column(nullable = false)
    public String[] tags = new String[0];

    /** Actor ids linked by the bodies, for the container's filter. */
    @Column(name = "actor_ids", nullable = false)
    public Long[] actorIds = new Long[0];

    /** Concept IRIs of the tagging (or classifying) link bodies, for the container's concept filter. */
    @Column(nullable = false)
    public String[] concepts = new String[0];

    /**
     * A relation's (linking) targets after the first, a JSON array of W3C targets with sources as paths; null for
     * an annotation with one target.
     */
    @ColumnTransformer(read = "link_targets::text", write = "cast(? as text)::jsonb")
    @Column(name = "link_targets")
    public String linkTargets;

    /** The documents of {@link #linkTargets}: a document's listing finds the relation from either side. */
    @Column(name = "linked_documents", nullable = false)
    public Long[] linkedDocuments = new Long[0];

    /** The W3C canonical IRI, as sent (null: none). */
    public String canonical;

    /** The W3C via, the JSON sent (an IRI string or an array of them; null: none). */
    @ColumnTransformer(read = "via::text", write = "cast(? as text)::jsonb")
    public String via;

    /** annotators, or curated: a curator's merge of annotators' versions (its via names them). */
    @Column(nullable = false)
    public String layer = ANNOTATORS;

    /** The software agent that wrote it on someone's behalf (suggester, import), if any. */
    public String generator;

    /**
     * Bumped by every change: the ETag. Kept by the service, not by Hibernate's @Version: writes
     * lock the row first (select for update), so the number is known before the flush and a stale
     * If-Match answers 412 rather than an optimistic-lock failure.
     */
    @Column(nullable = false)
    public long revision;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "modified_at", nullable = false)
    public OffsetDateTime modifiedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    public String deletedBy;

    @Column(name = "delete_reason")
    public String deleteReason;

    /** When a curator hid it (its bodies are then shown to its creator and curators only). */
    @Column(name = "hidden_at")
    public OffsetDateTime hiddenAt;

    @Column(name = "hidden_by")
    public String hiddenBy;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    /** Set for one reader: hidden, and this reader is neither its creator nor a curator; the writer leaves the bodies out. */
    @Transient
    public boolean masked;

    public boolean hidden() {
        return hiddenAt != null;
    }

    public boolean pending() {
        return PENDING.equals(status);
    }

    /**
     * Who may see it while it waits: a pending annotation is its creator's alone (curators see it through
     * the service's rule, see AnnotationService.visible); live events and listings use this.
     */
    public String audienceVisibility() {
        return pending() ? Visibility.PRIVATE.value() : visibility;
    }

    public boolean curated() {
        return CURATED.equals(layer);
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean reply() {
        return replyTo != null;
    }

    public Visibility visibilityRule() {
        return Visibility.of(visibility);
    }

    public List<String> teamList() {
        return teams == null ? List.of() : List.of(teams);
    }
}
