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
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.gateway.api.ActorDossier;
import io.corridor.gateway.api.DocumentView;
import io.corridor.gateway.view.ActorDossierService;
import io.corridor.gateway.view.DocumentViewService;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * The two composites, a page's data in one call: a document, or an actor, and what the other services know
 * about it. Their representations are described in META-INF/openapi.yaml.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CompositeViewResource {

    private final DocumentViewService views;
    private final ActorDossierService dossiers;

    public CompositeViewResource(DocumentViewService views, ActorDossierService dossiers) {
        this.views = views;
        this.dossiers = dossiers;
    }

    @GET
    @Path("/documents/{id}/view")
    @RolesAllowed(Roles.READER)
    @Tag(name = "Documents")
    @Operation(operationId = "getDocumentView", summary = "A document with its versions, pages, annotations, actors and checked claims",
            description = "Composed by the gateway from the three services, called at once. The document comes from the "
                    + "document-service and decides the answer: 404 when it does not exist or the caller may not see it, "
                    + "503 when the document-service is unavailable. Every other part (versions, pages, annotations, "
                    + "actors named in the text or identified by annotations, claims with their verdicts) that fails "
                    + "or whose service is down is left out and named in degraded, with the problem that kept it out; "
                    + "the answer is then still 200.")
    @APIResponse(responseCode = "200", description = "The view; degraded is empty when every part is present",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DocumentView")))
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see")
    @APIResponse(responseCode = "503", description = "The document-service is unavailable; retry after the Retry-After header's seconds")
    public Uni<DocumentView> view(@Parameter(description = "Id of the document", example = "1") @PathParam("id") long id) {
        return views.view(id);
    }

    @GET
    @Path("/actors/{id}/dossier")
    @RolesAllowed(Roles.READER)
    @Tag(name = "Actors")
    @Operation(operationId = "getActorDossier", summary = "An actor with its relations, network, timeline, documents, annotations and indicator series",
            description = "Composed by the gateway from the three services, called at once. The actor comes from the "
                    + "actor-service and decides the answer: 404 when it does not exist, 308 to the survivor's dossier "
                    + "when it was merged, 503 when the actor-service is unavailable. Every other part that fails or whose "
                    + "service is down (relations, network one relation deep, timeline, documents naming it by full-text "
                    + "search on its name and acronyms, annotations citing it, the series of the configured indicators "
                    + "for its country) is left out and named in degraded, with the problem that kept it out; the answer "
                    + "is then still 200.")
    @APIResponse(responseCode = "200", description = "The dossier; degraded is empty when every part is present",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ActorDossier")))
    @APIResponse(responseCode = "308", description = "Merged into another actor: Location names the survivor's dossier",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such actor")
    @APIResponse(responseCode = "503", description = "The actor-service is unavailable; retry after the Retry-After header's seconds")
    public Uni<RestResponse<ActorDossier>> dossier(@Parameter(description = "Id of the actor", example = "1") @PathParam("id") long id) {
        return dossiers.dossier(id);
    }
}
