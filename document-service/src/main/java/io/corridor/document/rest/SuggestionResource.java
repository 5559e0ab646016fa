package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.api.SuggestionResult;
import io.corridor.document.service.Suggestions;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/documents/{id}/suggestions")
@Tag(name = "Annotations")
public class SuggestionResource {

    private final Suggestions suggestions;

    public SuggestionResource(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "suggestAnnotations", summary = "Suggest actor links in a document", description = """
            Runs the actor-service's mention detection (with the caller's token) over the latest version's text \
            and stores each unambiguous mention as an identifying annotation by corridor-suggester: public, \
            status proposed, for curators to accept or reject (POST /api/v1/annotations/status). Idempotent: a \
            mention already suggested on this version (same passage and actor, whatever its status) is skipped.""")
    @APIResponse(responseCode = "201", description = "What was stored and skipped",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestionResult.class)))
    @APIResponse(responseCode = "404", description = "No such document (or deleted)")
    @APIResponse(responseCode = "503", description = "The actor-service could not be reached; retry after the Retry-After header's seconds")
    public Uni<Response> suggest(@PathParam("id") long id) {
        return suggestions.suggest(id).map(result -> Response.status(201).entity(result).build());
    }
}
