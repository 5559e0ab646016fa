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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.api.SearchPage;
import io.corridor.document.Caller;
import io.corridor.document.DocumentFilter;
import io.corridor.document.service.SearchService;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/search")
@Tag(name = "Search", description = "Full-text search of the library in French and English")
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
    @Operation(operationId = "searchDocuments", summary = "Search documents, best first",
            description = "PostgreSQL full-text search with each document's language (French, English, else no stemming), "
                    + "insensitive to case, accents and plurals: readmission, réadmission and Réadmissions find the same "
                    + "passages. Web-search syntax: \"quoted phrases\", or, -excluded. Each hit gives its source (document, or "
                    + "annotation for the text of an annotation the caller may see), the document, a snippet with <mark>ed "
                    + "words, and the code-point offsets of the matched passage in the text of the given version. Documents "
                    + "come first, then annotations, each best first. At most corridor.search.max-matches (1000) matching "
                    + "documents are counted and ranked, the newest first: when more match, totalRelation is gte, total is a "
                    + "lower bound and pages end there (refine the query); otherwise totalRelation is eq.")
    public Uni<SearchPage> search(
            @Parameter(required = true, description = "The query: words, \"quoted phrases\", or, -excluded",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = SearchService.MAX_QUERY), examples = {
                            @ExampleObject(name = "word", value = "réadmission"),
                            @ExampleObject(name = "phrase", value = "\"accord de réadmission\""),
                            @ExampleObject(name = "or and exclusion", value = "diaspora or transferts -Espagne") })
            @QueryParam("q") String q,
            @BeanParam DocumentFilterParams filter, @Valid @BeanParam PageRequest page) {
        return search.search(q, DocumentFilter.of(filter.kind, filter.language, filter.from, filter.to, filter.tag), page,
                Caller.of(identity));
    }
}
