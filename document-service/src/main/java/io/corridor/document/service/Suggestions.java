package io.corridor.document.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Authorship;
import io.corridor.document.AnnotationDraft;
import io.corridor.document.Annotation;
import io.corridor.document.Motivation;
import io.corridor.document.SpecificResource;
import io.corridor.document.TextPositionSelector;
import io.corridor.document.TextQuoteSelector;
import io.corridor.document.Visibility;
import io.corridor.document.client.ActorMentions;
import io.corridor.document.client.Mention;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.api.SuggestionResult;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.document.repository.VersionRepository;
import io.corridor.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The suggester: runs the actor-service's mention detection over a document's latest text and
 * stores each unambiguous mention as a proposed, public {@code identifying} annotation by
 * {@code corridor-suggester}, which curators accept or reject (in bulk). Running it again adds
 * only what is new: a mention already suggested on this version (same passage, same actor) is
 * skipped whatever its status, so a rejected suggestion does not come back.
 */
@ApplicationScoped
public class Suggestions {

    private final ActorMentions mentions;
    private final AnnotationService annotations;
    private final DocumentRepository documents;
    private final VersionRepository versions;
    private final AnnotationIris iris;

    public Suggestions(ActorMentions mentions, AnnotationService annotations, DocumentRepository documents,
            VersionRepository versions, AnnotationIris iris) {
        this.mentions = mentions;
        this.annotations = annotations;
        this.documents = documents;
        this.versions = versions;
        this.iris = iris;
    }

    /** Detection (outside any transaction: it is a call to another service), then one transaction that stores. */
    public Uni<SuggestionResult> suggest(long documentId) {
        return latestText(documentId).flatMap(latest -> mentions.detect(documentId, latest.text())
                .flatMap(found -> store(documentId, latest.version(), found)));
    }

    private record Latest(int version, String text) {
    }

    @WithSession
    Uni<Latest> latestText(long documentId) {
        return documents.findLive(documentId).flatMap(d -> {
            if (d == null) {
                throw ProblemException.notFound("no document " + documentId);
            }
            return versions.of(documentId, d.latestVersion).map(v -> new Latest(v.n, v.text));
        });
    }

    /**
     * Stores the mentions detected in version {@code version} of the document, all or nothing.
     * Public for the tests, which hand it a detection result instead of calling the actor-service.
     */
    @WithTransaction
    public Uni<SuggestionResult> store(long documentId, int version, List<Mention> detected) {
        return annotations.passagesOf(documentId).flatMap(existing -> {
            Set<List<Long>> known = new HashSet<>();
            for (Annotation a : existing) {
                if (Authorship.SUGGESTER.equals(a.creator) && a.version != null && a.version == version && a.startPos != null) {
                    for (Long actor : a.actorIds) {
                        known.add(List.of((long) a.startPos, (long) a.endPos, actor));
                    }
                }
            }
            int[] skipped = { 0 };
            List<Mention> fresh = detected.stream().filter(m -> {
                boolean take = !m.ambiguous() && m.actorId() != null && m.end() > m.start()
                        && known.add(List.of((long) m.start(), (long) m.end(), m.actorId()));
                if (!take) {
                    skipped[0]++;
                }
                return take;
            }).toList();
            Authorship suggester = new Authorship(Authorship.SUGGESTER, List.of(), Annotation.PROPOSED, null);
            return Multi.createFrom().iterable(fresh)
                    .onItem().transformToUniAndConcatenate(m -> annotations.create(draft(documentId, version, m), suggester))
                    .collect().asList()
                    .map(created -> new SuggestionResult(created.size(), skipped[0]));
        });
    }

    private AnnotationDraft draft(long documentId, int version, Mention m) {
        SpecificResource actor = new SpecificResource(iris.publicUrl() + "/api/v1/actors/" + m.actorId(),
                Motivation.IDENTIFYING.value(), m.actorId());
        AnnotationDraft.Passage target = new AnnotationDraft.Passage(documentId, version,
                m.exact() == null ? null : new TextQuoteSelector(m.exact(), null, null), new TextPositionSelector(m.start(), m.end()));
        return new AnnotationDraft(Motivation.IDENTIFYING, List.of(actor), target, Visibility.PUBLIC);
    }
}
