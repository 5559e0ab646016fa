package io.corridor.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a document stands in its team's work: annotating, curating, curated (curators move it). */
@Entity
@Table(name = "document_workflow")
public class DocumentWorkflow {

    public static final String ANNOTATING = "annotating";
    public static final String CURATING = "curating";
    public static final String CURATED = "curated";
    /** Forward one step, or back one step (a curator reopens). */
    public static final Map<String, List<String>> MOVES = Map.of(ANNOTATING, List.of(CURATING),
            CURATING, List.of(CURATED, ANNOTATING), CURATED, List.of(CURATING));

    @Id
    @Column(name = "document_id")
    public Long documentId;

    @Column(nullable = false)
    public String state;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    /** The state of a document without a row yet. */
    public static DocumentWorkflow initial(long documentId) {
        DocumentWorkflow w = new DocumentWorkflow();
        w.documentId = documentId;
        w.state = ANNOTATING;
        return w;
    }
}
