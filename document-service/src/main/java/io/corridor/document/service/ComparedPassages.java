package io.corridor.document.service;

import java.util.ArrayList;
import java.util.List;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationFilter;
import io.corridor.document.Caller;

/**
 * The annotators' passages that agreement and curation compare, and what they say: live passage annotations of
 * the annotators' layer (never the curated one) that the caller may see, anchored in the latest version (offsets of
 * different versions cannot be compared), not rejected, made with the motivation asked. Their labels are the actors
 * they identify ({@code actor:<id>}), their tags ({@code tag:<tag>}) and the vocabulary concepts they are tagged or
 * classified with ({@code concept:<iri>}).
 */
final class ComparedPassages {

    /** Longest quote of a stretch or unit, in code points. */
    static final int QUOTE = 200;

    private ComparedPassages() {
    }

    static boolean compared(Annotation a, int version, AnnotationFilter filter, Caller caller) {
        return a.version != null && a.version == version && Annotation.ANCHORED.equals(a.anchorState)
                && !Annotation.REJECTED.equals(a.status) && a.startPos != null && !a.curated()
                && AnnotationService.visible(a, caller)
                && (filter.motivation() == null || filter.motivation().equals(a.motivation));
    }

    static List<String> labels(Annotation a) {
        List<String> labels = new ArrayList<>();
        for (Long actor : a.actorIds) {
            labels.add("actor:" + actor);
        }
        for (String tag : a.tags) {
            labels.add("tag:" + tag);
        }
        for (String concept : a.concepts) {
            labels.add("concept:" + concept);
        }
        return labels;
    }

    /** Code points [start, end) of the text, cut after {@link #QUOTE} of them (an ellipsis says so). */
    static String quote(int[] codePoints, int start, int end) {
        int from = Math.min(start, codePoints.length);
        int to = Math.min(end, codePoints.length);
        String quote = new String(codePoints, from, Math.min(to, from + QUOTE) - from);
        return to - from > QUOTE ? quote + "…" : quote;
    }
}
