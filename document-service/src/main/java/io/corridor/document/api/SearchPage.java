package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of search hits. Counting every match would cost as much as the matches are many, so
 * the documents counted stop at a cap: {@code totalRelation} says whether {@code total} is exact
 * ({@code eq}) or a lower bound ({@code gte}), as Elasticsearch's {@code hits.total.relation} does.
 */
@Schema(name = "SearchPage", description = "One page of search hits.")
public record SearchPage(
        @Schema(required = true, description = "The hits of this page: documents first, then annotations, each best first") List<SearchHit> items,
        @Schema(required = true, minimum = "0", description = "Zero-based page number", example = "0") int page,
        @Schema(required = true, minimum = "1", maximum = "100", description = "Requested page size", example = "20") int size,
        @Schema(required = true, minimum = "0", description = "Number of hits over all pages: exact when totalRelation is eq, a lower bound when gte", example = "1000") long total,
        @Schema(required = true, description = "eq: total is exact; gte: more documents match than the service ranks (corridor.search.max-matches, "
                + "1000 by default), total is a lower bound (there are more), hits are ranked among the newest matching "
                + "documents up to that number and pages end there: refine the query to reach the others",
                enumeration = { "eq", "gte" }, example = "gte") String totalRelation) {

    public static final String EXACT = "eq";
    public static final String AT_LEAST = "gte";
}
