package io.corridor.document;

import java.util.List;
import java.util.UUID;


/**
 * What a client (or import, or the suggester) asks to store, checked for shape but not yet against
 * the document: the service anchors the selectors in the version's text. {@code visibility} null
 * means the default (team; for a reply, its parent's when narrower). {@code canonical} is the W3C
 * model's canonical IRI, {@code via} the JSON of its via as sent (an IRI string or an array of
 * them); both null when absent.
 */
public record AnnotationDraft(Motivation motivation, List<AnnotationBody> bodies, Target target, Visibility visibility,
        String canonical, String via) {

    public AnnotationDraft {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }

    public AnnotationDraft(Motivation motivation, List<AnnotationBody> bodies, Target target, Visibility visibility) {
        this(motivation, bodies, target, visibility, null, null);
    }

    public sealed interface Target permits Passage, Reply, Linked {
    }

    /**
     * A relation between passages (motivation linking): two or more passages, of one document or several. The
     * first is the annotation's own passage (anchored and re-anchored as any); the others are kept beside it.
     */
    public record Linked(List<Passage> passages) implements Target {

        public Linked {
            passages = List.copyOf(passages);
        }

        public Passage first() {
            return passages.get(0);
        }
    }

    /**
     * A passage of version {@code version} (null: the latest) of a document, by quote, position or
     * both. The field names say where each selector was in the request, for problems; null gives
     * {@code target.selector}.
     */
    public record Passage(long documentId, Integer version, TextQuoteSelector quote, TextPositionSelector position,
            String quoteField, String positionField) implements Target {

        public Passage(long documentId, Integer version, TextQuoteSelector quote, TextPositionSelector position) {
            this(documentId, version, quote, position, null, null);
        }

        public String quoteField() {
            return quoteField == null ? "target.selector" : quoteField;
        }

        public String positionField() {
            return positionField == null ? "target.selector" : positionField;
        }
    }

    /** A reply: its target is the parent annotation. */
    public record Reply(UUID parent) implements Target {
    }
}
