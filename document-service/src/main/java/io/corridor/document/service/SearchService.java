package io.corridor.document.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.mapping.SearchHit;
import io.corridor.document.repository.DocumentQueries;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Full-text search over documents. Hits say their {@code source} so that annotation text can join
 * the same result list later without changing its shape.
 */
@ApplicationScoped
public class SearchService {

    static final int MAX_QUERY = 500;

    private final DocumentQueries queries;

    public SearchService(DocumentQueries queries) {
        this.queries = queries;
    }

    public Uni<Page<SearchHit>> search(String q, DocumentFilter filter, PageRequest page) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw ProblemException.invalid("q", "is required");
        }
        if (query.length() > MAX_QUERY) {
            throw ProblemException.invalid("q", "must be at most " + MAX_QUERY + " characters");
        }
        return queries.search(query, filter, page.page, page.size).map(matches -> {
            List<SearchHit> hits = matches.items().stream().map(m -> {
                Passages.Placed placed = Passages.place(m.headline(), m.fragmentStart(), m.fragment());
                return new SearchHit("document", m.document(), m.version(), m.rank(), placed.snippet(), placed.start(),
                        placed.end());
            }).toList();
            return new Page<>(hits, page.page, page.size, matches.total());
        });
    }
}
