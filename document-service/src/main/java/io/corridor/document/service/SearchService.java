package io.corridor.document.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.corridor.document.DocumentFilter;
import io.corridor.document.Caller;
import io.corridor.document.Annotation;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.api.SearchHit;
import io.corridor.document.api.SearchPage;
import io.corridor.document.repository.AnnotationQueries;
import io.corridor.document.repository.DocumentQueries;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Full-text search over documents and the text of the annotations the caller may see. Hits say
 * their {@code source}; the document hits come first (best first), then the annotation hits (best
 * first), so that pages over the two stay stable and never overlap. At most {@code maxMatches}
 * documents are counted and ranked, so that a query matching a large share of the library costs
 * no more than one matching that many (the total then says {@code gte}).
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_QUERY = 500;

    private final DocumentQueries queries;
    private final AnnotationQueries annotations;
    private final AnnotationIris iris;
    private final int maxMatches;

    public SearchService(DocumentQueries queries, AnnotationQueries annotations, AnnotationIris iris,
            @ConfigProperty(name = "corridor.search.max-matches", defaultValue = "1000") int maxMatches) {
        this.queries = queries;
        this.annotations = annotations;
        this.iris = iris;
        this.maxMatches = maxMatches;
    }

    public Uni<SearchPage> search(String q, DocumentFilter filter, PageRequest page, Caller caller) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw ProblemException.invalid("q", "is required");
        }
        if (query.length() > MAX_QUERY) {
            throw ProblemException.invalid("q", "must be at most " + MAX_QUERY + " characters");
        }
        return queries.search(query, filter, maxMatches, page.page, page.size).flatMap(matches -> {
            List<SearchHit> documents = matches.items().stream().map(m -> {
                Passages.Placed placed = Passages.place(m.headline(), m.fragmentStart(), m.fragment());
                return new SearchHit("document", m.document(), m.version(), m.rank(), placed.snippet(), placed.start(),
                        placed.end());
            }).toList();
            // the annotation hits follow the document hits: this page takes what room is left
            long first = (long) page.page * page.size;
            long offset = Math.max(0, first - matches.total());
            int room = page.size - documents.size();
            return annotations.search(query, filter, caller, offset, room).flatMap(found -> {
                List<Uni<SearchHit>> hits = found.items().stream().map(this::hit).toList();
                Uni<List<SearchHit>> annotationHits = hits.isEmpty() ? Uni.createFrom().item(List.of())
                        : Uni.join().all(hits).andFailFast();
                return annotationHits.map(more -> {
                    List<SearchHit> all = new ArrayList<>(documents);
                    more.stream().filter(java.util.Objects::nonNull).forEach(all::add);
                    return new SearchPage(all, page.page, page.size, matches.total() + found.total(),
                            matches.capped() ? SearchPage.AT_LEAST : SearchPage.EXACT);
                });
            });
        });
    }

    /** An annotation hit: the snippet is from its bodies, the offsets are the passage it annotates. */
    private Uni<SearchHit> hit(AnnotationQueries.TextMatch m) {
        Annotation a = m.annotation();
        String snippet = Passages.place(m.headline(), m.fragmentStart(), m.fragment()).snippet();
        // null when the document was deleted since the search: the hit is left out
        return queries.view(a.documentId).map(d -> d == null ? null : new SearchHit("annotation", d,
                a.version == null ? d.version().n() : a.version, m.rank(), snippet, a.startPos, a.endPos, iris.iri(a.id)));
    }
}
