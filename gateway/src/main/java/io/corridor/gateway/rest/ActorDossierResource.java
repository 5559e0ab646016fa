package io.corridor.gateway.rest;

import java.net.URI;

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
import io.corridor.gateway.view.ActorDossierService;
import io.corridor.gateway.view.ActorMerged;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

/** An actor's page in one call: the actor and what the three services know about it. */
@Path("/api/v1/actors/{id}/dossier")
@Tag(name = "Actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorDossierResource {

    private final ActorDossierService dossiers;

    public ActorDossierResource(ActorDossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getActorDossier", summary = "An actor with its relations, network, timeline, documents, annotations and indicator series",
            description = "Composed by the gateway from the three services, called at once. The actor comes from the "
                    + "actor-service and decides the answer: 404 when it does not exist, 308 to the survivor's dossier "
                    + "when it was merged, 503 when the actor-service is unavailable. Every other part that fails or whose "
                    + "service is down (relations, network one relation deep, timeline, documents naming it by full-text "
                    + "search on its name and acronyms, annotations citing it, the series of the configured indicators "
                    + "for its country) is left out and named in degraded, with the problem that kept it out; the answer "
                    + "is then still 200.")
    @APIResponse(responseCode = "200", description = "The dossier; degraded is empty when every part is present",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorDossier.class)))
    @APIResponse(responseCode = "308", description = "Merged into another actor: Location names the survivor's dossier",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such actor")
    @APIResponse(responseCode = "503", description = "The actor-service is unavailable; retry after the Retry-After header's seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<RestResponse<ActorDossier>> dossier(@Parameter(description = "Id of the actor", example = "1") @PathParam("id") long id) {
        return dossiers.dossier(id).map(RestResponse::ok)
                .onFailure(ActorMerged.class).recoverWithItem(m -> RestResponse.ResponseBuilder.<ActorDossier> create(308)
                        .location(URI.create(((ActorMerged) m).location())).build());
    }
}
