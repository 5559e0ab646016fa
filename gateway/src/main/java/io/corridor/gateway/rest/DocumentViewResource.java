package io.corridor.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.gateway.api.DocumentView;
import io.corridor.gateway.view.DocumentViewService;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

/** The reading page's data in one call: a document and what the other services know about it. */
@Path("/api/v1/documents/{id}/view")
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentViewResource {

    private final DocumentViewService views;

    public DocumentViewResource(DocumentViewService views) {
        this.views = views;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getDocumentView", summary = "A document with its versions, pages, annotations, actors and checked claims",
            description = "Composed by the gateway from the three services, called at once. The document comes from the "
                    + "document-service and decides the answer: 404 when it does not exist or the caller may not see it, "
                    + "503 when the document-service is unavailable. Every other part (versions, pages, annotations, "
                    + "actors named in the text or identified by annotations, claims with their verdicts) that fails "
                    + "or whose service is down is left out and named in degraded, with the problem that kept it out; "
                    + "the answer is then still 200.")
    @APIResponse(responseCode = "200", description = "The view; degraded is empty when every part is present",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see")
    @APIResponse(responseCode = "503", description = "The document-service is unavailable; retry after the Retry-After header's seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<DocumentView> view(@Parameter(description = "Id of the document", example = "1") @PathParam("id") long id) {
        return views.view(id);
    }
}
