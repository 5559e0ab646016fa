package io.corridor.document.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Annotation;
import io.corridor.document.DocumentVersion;
import io.corridor.document.TextPositionSelector;
import io.corridor.document.TextQuoteSelector;
import io.corridor.document.anchoring.Anchor;
import io.corridor.document.anchoring.Quote;
import io.corridor.document.anchoring.Reanchor;
import io.corridor.document.mapping.ReanchoringCount;
import io.corridor.document.repository.VersionRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Moves a document's annotations to its new version, inside the transaction that stores the
 * version: each live passage annotation is looked for in the new text from the text of the version
 * it points into (see {@link Reanchor}); found, it points into the new version with fresh
 * selectors; not found, it is flagged orphaned and keeps its selectors in its old version, so the
 * next version tries again from there. Each change is a {@code reanchored} history row and an
 * {@code updated} live event (AnnotationService).
 */
@ApplicationScoped
public class Reanchoring {

    private final AnnotationService annotations;
    private final VersionRepository versions;

    public Reanchoring(AnnotationService annotations, VersionRepository versions) {
        this.annotations = annotations;
        this.versions = versions;
    }

    /** Call inside the transaction that stored {@code version}; {@code actor} is who uploaded it. */
    public Uni<ReanchoringCount> toVersion(DocumentVersion version, String actor) {
        Map<Integer, String> texts = new HashMap<>();
        texts.put(version.n, version.text);
        int[] counts = new int[2];
        return annotations.passagesOf(version.documentId).flatMap(list -> Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(a -> textOf(a.documentId, a.version, texts)
                        .flatMap(old -> move(a, old, version, actor, counts)))
                .collect().last()
                .map(ignored -> new ReanchoringCount(counts[0], counts[1])));
    }

    private Uni<Annotation> move(Annotation a, String oldText, DocumentVersion version, String actor, int[] counts) {
        if (a.version != null && a.version == version.n) {
            counts[Annotation.ANCHORED.equals(a.anchorState) ? 0 : 1]++;
            return Uni.createFrom().item(a);
        }
        Optional<Anchor> found = a.exact == null || a.startPos == null ? Optional.empty()
                : Reanchor.anchor(oldText, version.text, new Quote(a.exact, a.prefix, a.suffix, a.startPos, a.endPos));
        if (found.isEmpty()) {
            counts[1]++;
            return annotations.orphan(a, actor);
        }
        counts[0]++;
        Anchor at = found.get();
        return annotations.reanchor(a, version.n, new TextQuoteSelector(at.exact(), at.prefix(), at.suffix()),
                new TextPositionSelector(at.start(), at.end()), actor);
    }

    /** The text of version n, read once per version for the whole document. */
    private Uni<String> textOf(long documentId, Integer n, Map<Integer, String> texts) {
        if (n == null) {
            return Uni.createFrom().nullItem();
        }
        String cached = texts.get(n);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return versions.of(documentId, n).map(v -> {
            String text = v == null ? null : v.text;
            if (text != null) {
                texts.put(n, text);
            }
            return text;
        });
    }
}
