package io.corridor.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.gateway.api.SearchPage;
import io.corridor.gateway.client.DocumentClient;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/search")
@Tag(name = "Search", description = "Full-text search of the library in French and English")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final DocumentClient documents;

    public SearchResource(DocumentClient documents) {
        this.documents = documents;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Search documents, best first",
            description = "PostgreSQL full-text search with each document's language (French, English, else no stemming), "
                    + "insensitive to case, accents and plurals: readmission, réadmission and Réadmissions find the same "
                    + "passages. Web-search syntax: \"quoted phrases\", or, -excluded. Each hit gives its source (document, or "
                    + "annotation for the text of an annotation the caller may see), the document, a snippet with <mark>ed words, and the "
                    + "code-point offsets of the matched passage in the text of the given version. At most 1000 matching "
                    + "documents are counted and ranked, the newest first: when more match, totalRelation is gte, total is a "
                    + "lower bound and pages end there (refine the query); otherwise totalRelation is eq.")
    public Uni<SearchPage> search(
            @Parameter(required = true, description = "The query", examples = {
                    @ExampleObject(name = "word", value = "réadmission"),
                    @ExampleObject(name = "phrase", value = "\"accord de réadmission\""),
                    @ExampleObject(name = "or and exclusion", value = "diaspora or transferts -Espagne") })
            @QueryParam("q") @Size(max = 500, message = "must be at most 500 characters") String q,
            @BeanParam DocumentResource.Filters filters, @Valid @BeanParam PageRequest page) {
        return documents.search(q, filters.toFilter(), page);
    }
}
