package io.corridor.document.mapping;

/**
 * A relation read from an import: a linking annotation from the governor's passage to the
 * dependent's, typed by {@code label} (a tag; null: untyped). {@code row} numbers it after the
 * passages of the same import, for the report.
 */
public record ImportedLink(int row, String label, ImportedAnnotation governor, ImportedAnnotation dependent, String author) {
}
