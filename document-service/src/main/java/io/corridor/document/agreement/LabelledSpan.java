package io.corridor.document.agreement;

/** What one annotator said about a passage: [start, end) in code points carries this label (an actor id, a tag). */
public record LabelledSpan(String annotator, int start, int end, String label) {
}
