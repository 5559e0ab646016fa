package io.corridor.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * A document a curator gave an annotator to annotate, and where the annotator stands on it:
 * {@code new}, {@code in_progress}, {@code finished}. While finished, the annotator's annotations
 * on the document are frozen.
 */
@Entity
public class Assignment {

    public static final String NEW = "new";
    public static final String IN_PROGRESS = "in_progress";
    public static final String FINISHED = "finished";
    public static final List<String> STATES = List.of(NEW, IN_PROGRESS, FINISHED);

    /** The moves an assignee makes on their own state; a curator may also reopen a finished one. */
    public static final Map<String, List<String>> FORWARD = Map.of(NEW, List.of(IN_PROGRESS, FINISHED),
            IN_PROGRESS, List.of(FINISHED), FINISHED, List.of());
    /** Reopening: only a curator moves a finished assignment back. */
    public static final List<String> REOPEN = List.of(IN_PROGRESS, NEW);

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    public Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    public Long documentId;

    /** The annotator's user name. */
    @Column(nullable = false, updatable = false)
    public String assignee;

    @Column(nullable = false)
    public String state;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Column(name = "state_by", nullable = false)
    public String stateBy;

    @Column(name = "state_at", nullable = false)
    public OffsetDateTime stateAt;

    public boolean finished() {
        return FINISHED.equals(state);
    }

    /** The states this assignment may move to next, by its assignee or (reopening too) by a curator. */
    public List<String> allowed(boolean curator) {
        if (finished()) {
            return curator ? REOPEN : List.of();
        }
        return FORWARD.get(state);
    }
}
