package io.corridor.document.mapping;

import java.util.List;

import io.corridor.document.AnnotationBody;
import io.corridor.document.AnnotationDraft;
import io.corridor.document.Motivation;
import io.corridor.document.SpecificResource;
import io.corridor.document.TextualBody;

/**
 * The motivation of an annotation sent without one (the W3C model makes it optional), from what it
 * says: a reply replies; no body highlights; text other than tags comments (or serves that text's
 * purpose); tags alone tag; links alone identify an actor when one does, else serve the first
 * link's purpose, else link. docs/annotations.md lists the same rules.
 */
final class DefaultMotivation {

    private DefaultMotivation() {
    }

    static Motivation of(List<AnnotationBody> bodies, AnnotationDraft.Target target) {
        if (target instanceof AnnotationDraft.Reply) {
            return Motivation.REPLYING;
        }
        if (target instanceof AnnotationDraft.Linked) {
            return Motivation.LINKING;
        }
        if (bodies.isEmpty()) {
            return Motivation.HIGHLIGHTING;
        }
        for (AnnotationBody body : bodies) {
            if (body instanceof TextualBody t && !Motivation.TAGGING.value().equals(t.purpose())) {
                Motivation purpose = Motivation.of(t.purpose());
                return purpose == null || purpose == Motivation.REPLYING ? Motivation.COMMENTING : purpose;
            }
        }
        if (bodies.stream().allMatch(b -> b instanceof TextualBody || Motivation.TAGGING.value().equals(b.purpose()))) {
            return Motivation.TAGGING;
        }
        for (AnnotationBody body : bodies) {
            if (body instanceof SpecificResource s && Motivation.IDENTIFYING.value().equals(s.purpose())) {
                return Motivation.IDENTIFYING;
            }
        }
        for (AnnotationBody body : bodies) {
            Motivation purpose = body instanceof SpecificResource ? Motivation.of(body.purpose()) : null;
            if (purpose != null && purpose != Motivation.REPLYING && purpose != Motivation.TAGGING) {
                return purpose;
            }
        }
        return Motivation.LINKING;
    }
}
