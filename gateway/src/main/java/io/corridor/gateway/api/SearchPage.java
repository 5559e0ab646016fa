package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of search hits. The document-service counts and ranks a bounded number of matching
 * documents (1000 by default): {@code totalRelation} says whether {@code total} is exact ({@code eq})
 * or a lower bound ({@code gte}), as Elasticsearch's {@code hits.total.relation} does.
 */
@Schema(name = "SearchPage", description = "One page of search hits.")
public record SearchPage(
        @Schema(required = true, description = "The hits of this page: documents first, then annotations, each best first") List<SearchHit> items,
        @Schema(required = true, description = "Zero-based page number", example = "0") int page,
        @Schema(required = true, description = "Requested page size", example = "20") int size,
        @Schema(required = true, description = "Number of hits over all pages: exact when totalRelation is eq, a lower bound when gte",
                example = "1000") long total,
        @Schema(required = true, description = "eq: total is exact; gte: more documents match than the search ranks (1000 by "
                + "default), total is a lower bound (there are more), hits are ranked among the newest matching documents up to "
                + "that number and pages end there: refine the query to reach the others",
                enumeration = { "eq", "gte" }, example = "gte") String totalRelation) {
}
