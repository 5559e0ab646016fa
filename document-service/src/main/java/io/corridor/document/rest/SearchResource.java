package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.mapping.SearchPage;
import io.corridor.document.service.Caller;
import io.corridor.document.service.DocumentFilter;
import io.corridor.document.service.SearchService;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;
    private final SecurityIdentity identity;

    public SearchResource(SearchService search, SecurityIdentity identity) {
        this.search = search;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Full-text search in French and English, accent-insensitive, ranked, with web-search syntax",
            description = "Documents first (source document), then the text of annotations the caller may see (source annotation), "
                    + "each best first. At most corridor.search.max-matches (1000) matching documents are counted and ranked, "
                    + "the newest first: beyond, totalRelation is gte and total a lower bound")
    public Uni<SearchPage> search(
            @Parameter(description = "Words, \"quoted phrases\", or, -excluded", example = "réadmission -Espagne") @QueryParam("q") String q,
            @BeanParam DocumentFilterParams filter, @Valid @BeanParam PageRequest page) {
        return search.search(q, DocumentFilter.of(filter.kind, filter.language, filter.from, filter.to, filter.tag), page,
                Caller.of(identity));
    }
}
