package io.corridor.document.mapping;

import java.util.List;

/**
 * A document's text with its passages and the relations between them, as the interchange formats
 * (UIMA CAS XMI, WebAnno TSV 3) carry them. Offsets are Corridor's: code points of the text; each
 * format converts to and from its UTF-16 units. {@code tags} and {@code comment} are the labels a
 * passage keeps through a round trip; a relation joins two passages by their index in {@code spans}.
 */
public record InterchangeDocument(String text, List<Span> spans, List<Relation> relations) {

    public InterchangeDocument {
        spans = List.copyOf(spans);
        relations = List.copyOf(relations);
    }

    /** A passage [start, end) in code points, with its motivation, tags and comment (each may be absent). */
    public record Span(int start, int end, String motivation, List<String> tags, String comment) {

        public Span {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** A typed link from the governor passage to the dependent one (indexes into spans); label may be null. */
    public record Relation(int governor, int dependent, String label) {
    }
}
