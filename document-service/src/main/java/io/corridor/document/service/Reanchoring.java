package io.corridor.document.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import io.corridor.document.api.ReanchoringCount;
import io.corridor.document.repository.VersionRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

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
    private final Vertx vertx;

    public Reanchoring(AnnotationService annotations, VersionRepository versions, Vertx vertx) {
        this.annotations = annotations;
        this.versions = versions;
        this.vertx = vertx;
    }

    /** Call inside the transaction that stored {@code version}; {@code actor} is who uploaded it. */
    public Uni<ReanchoringCount> toVersion(DocumentVersion version, String actor) {
        Map<Integer, String> texts = new HashMap<>();
        texts.put(version.n, version.text);
        return annotations.passagesOf(version.documentId).flatMap(list -> Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(a -> textOf(a.documentId, a.version, texts))
                .collect().last()
                // the searches are CPU work: off the event loop, back on the transaction's context
                .flatMap(read -> vertx.executeBlocking(Uni.createFrom().item(() -> plan(list, texts, version)), false))
                .flatMap(moves -> Multi.createFrom().iterable(moves)
                        .onItem().transformToUniAndConcatenate(move -> apply(move, version, actor))
                        .collect().last()
                        .map(ignored -> count(moves))));
    }

    /** Where each annotation goes: empty for orphaned; null when it already points into this version. */
    private record Move(Annotation annotation, Optional<Anchor> anchor) {
    }

    private static List<Move> plan(List<Annotation> list, Map<Integer, String> texts, DocumentVersion version) {
        List<Move> moves = new ArrayList<>();
        for (Annotation a : list) {
            if (a.version != null && a.version == version.n) {
                moves.add(new Move(a, null));
                continue;
            }
            Optional<Anchor> found = a.exact == null || a.startPos == null ? Optional.empty()
                    : Reanchor.anchor(texts.get(a.version), version.text,
                            new Quote(a.exact, a.prefix, a.suffix, a.startPos, a.endPos));
            moves.add(new Move(a, found));
        }
        return moves;
    }

    private Uni<Annotation> apply(Move move, DocumentVersion version, String actor) {
        Annotation a = move.annotation();
        if (move.anchor() == null) {
            return Uni.createFrom().item(a);
        }
        if (move.anchor().isEmpty()) {
            return annotations.orphan(a, actor);
        }
        Anchor at = move.anchor().get();
        return annotations.reanchor(a, version.n, new TextQuoteSelector(at.exact(), at.prefix(), at.suffix()),
                new TextPositionSelector(at.start(), at.end()), actor);
    }

    private static ReanchoringCount count(List<Move> moves) {
        int anchored = 0;
        int orphaned = 0;
        for (Move m : moves) {
            boolean found = m.anchor() == null ? Annotation.ANCHORED.equals(m.annotation().anchorState) : m.anchor().isPresent();
            if (found) {
                anchored++;
            } else {
                orphaned++;
            }
        }
        return new ReanchoringCount(anchored, orphaned);
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
