package io.corridor.document.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationFilter;
import io.corridor.document.Caller;
import io.corridor.document.agreement.Agreement;
import io.corridor.document.agreement.CategoryAgreement;
import io.corridor.document.agreement.LabelledSpan;
import io.corridor.document.api.AgreementView;
import io.corridor.document.api.CategoryAgreementView;
import io.corridor.document.api.DisagreementView;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.document.repository.VersionRepository;
import io.corridor.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Agreement between the annotators of a document (see {@link Agreement} and
 * {@link CategoryAgreement}) over the passages {@link ComparedPassages} selects, labelled as it says.
 * A motivation keeps the annotations made with it; a tag keeps that tag as the only category.
 */
@ApplicationScoped
public class Agreements {

    private final AnnotationService annotations;
    private final DocumentRepository documents;
    private final VersionRepository versions;

    public Agreements(AnnotationService annotations, DocumentRepository documents, VersionRepository versions) {
        this.annotations = annotations;
        this.documents = documents;
        this.versions = versions;
    }

    /** Only the tag and motivation of {@code filter} apply. */
    @WithSession
    public Uni<AgreementView> of(long documentId, AnnotationFilter filter, Caller caller) {
        return documents.findLive(documentId).flatMap(d -> {
            if (d == null) {
                throw ProblemException.notFound("no document " + documentId);
            }
            return versions.of(documentId, d.latestVersion).flatMap(v -> annotations.passagesOf(documentId)
                    .map(list -> view(documentId, d.latestVersion, v.text, list, filter, caller)));
        });
    }

    static AgreementView view(long documentId, int version, String text, List<Annotation> list, AnnotationFilter filter,
            Caller caller) {
        Predicate<String> label = filter.tag() == null ? l -> true : ("tag:" + filter.tag())::equals;
        List<LabelledSpan> spans = new ArrayList<>();
        for (Annotation a : list) {
            if (ComparedPassages.compared(a, version, filter, caller)) {
                for (String l : ComparedPassages.labels(a)) {
                    if (label.test(l)) {
                        spans.add(new LabelledSpan(a.creator, a.startPos, a.endPos, l));
                    }
                }
            }
        }
        Agreement.Result r = Agreement.of(spans);
        int[] codePoints = text.codePoints().toArray();
        List<CategoryAgreementView> categories = CategoryAgreement.of(spans, codePoints.length).stream()
                .map(c -> new CategoryAgreementView(c.category(), c.units(), c.fleissKappa(), c.gwetAc1(), c.krippendorffAlpha(),
                        c.unitizingAlpha(), c.disagreementCount(), c.disagreements().stream()
                                .map(s -> new DisagreementView(s.start(), s.end(), ComparedPassages.quote(codePoints, s.start(), s.end()),
                                        s.markedBy(), s.unmarkedBy()))
                                .toList()))
                .toList();
        return new AgreementView(documentId, version, r.annotators(), r.labels(), r.units(), r.alpha(),
                r.pairs().stream().map(p -> new AgreementView.PairView(List.of(p.first(), p.second()), p.kappa(), p.units()))
                        .toList(),
                codePoints.length, categories);
    }
}
