package io.corridor.document.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Caller;
import io.corridor.document.Annotation;
import io.corridor.document.agreement.Agreement;
import io.corridor.document.agreement.LabelledSpan;
import io.corridor.document.api.AgreementView;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Agreement between the annotators of a document (see {@link Agreement}): over the annotations
 * the caller may see, anchored in the latest version (offsets of different versions cannot be
 * compared), not rejected; labels are the actors they identify and the tags they carry.
 */
@ApplicationScoped
public class Agreements {

    private final AnnotationService annotations;
    private final DocumentRepository documents;

    public Agreements(AnnotationService annotations, DocumentRepository documents) {
        this.annotations = annotations;
        this.documents = documents;
    }

    @WithSession
    public Uni<AgreementView> of(long documentId, Caller caller) {
        return documents.findLive(documentId).flatMap(d -> {
            if (d == null) {
                throw ProblemException.notFound("no document " + documentId);
            }
            return annotations.passagesOf(documentId).map(list -> view(documentId, d.latestVersion, list, caller));
        });
    }

    static AgreementView view(long documentId, int version, List<Annotation> list, Caller caller) {
        List<LabelledSpan> spans = new ArrayList<>();
        for (Annotation a : list) {
            if (a.version == null || a.version != version || !Annotation.ANCHORED.equals(a.anchorState)
                    || Annotation.REJECTED.equals(a.status) || a.startPos == null || !AnnotationService.visible(a, caller)) {
                continue;
            }
            for (Long actor : a.actorIds) {
                spans.add(new LabelledSpan(a.creator, a.startPos, a.endPos, "actor:" + actor));
            }
            for (String tag : a.tags) {
                spans.add(new LabelledSpan(a.creator, a.startPos, a.endPos, "tag:" + tag));
            }
        }
        Agreement.Result r = Agreement.of(spans);
        return new AgreementView(documentId, version, r.annotators(), r.labels(), r.units(), r.alpha(),
                r.pairs().stream().map(p -> new AgreementView.PairView(List.of(p.first(), p.second()), p.kappa(), p.units()))
                        .toList());
    }
}
