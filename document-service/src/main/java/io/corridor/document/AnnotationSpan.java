package io.corridor.document;

import java.util.UUID;

/**
 * An annotation as the container's compact form gives it (mapping.AnnotationSpanWriter): what the reader's highlight
 * layer and side list need. Read by the thousand (repository.AnnotationQueries#spans), so a plain row rather than an
 * entity, and its tags already as the JSON array of the tagging bodies' values, which the writer copies as it is.
 *
 * @param tags JSON array of strings, as written (the entity's tags column is lower-cased for the filter)
 */
public record AnnotationSpan(UUID id, long documentId, String motivation, Integer start, Integer end, UUID replyTo,
        String creator, String visibility, String status, String anchorState, Long[] actorIds, boolean hidden,
        String linkTargets, String tags) {

    private static final Long[] NONE = new Long[0];

    public boolean reply() {
        return replyTo != null;
    }

    /** The same span without what its bodies say (tags, actors): hidden from this reader (AnnotationService#masks). */
    public AnnotationSpan masked() {
        return new AnnotationSpan(id, documentId, motivation, start, end, replyTo, creator, visibility, status, anchorState,
                NONE, hidden, linkTargets, "[]");
    }
}
