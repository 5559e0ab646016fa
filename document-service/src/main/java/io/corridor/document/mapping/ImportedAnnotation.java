package io.corridor.document.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One annotation read from an import, rewritten in Corridor's own request shape: {@code annotation}
 * has {@code motivation}, {@code body} and a {@code target} whose selectors are the ones found in
 * the import (TextQuoteSelector, TextPositionSelector), still to be anchored in our text.
 * {@code row} is its index (from 0) among the annotations of the import; {@code author} is who
 * wrote it in the other tool (kept as the generator, since the importer becomes the creator).
 */
public record ImportedAnnotation(int row, ObjectNode annotation, String exact, String prefix, String suffix,
        Integer start, Integer end, String author) {
}
