package io.corridor.gateway.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.gateway.api.Actor;
import io.corridor.gateway.api.ActorDraft;
import io.corridor.gateway.client.ActorClient;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/actors")
@Tag(name = "Actors", description = "The registry of actors of migration governance")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    private final ActorClient actors;

    public ActorResource(ActorClient actors) {
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List actors by name")
    public Uni<Page<Actor>> list(@Valid @BeanParam PageRequest page) {
        return actors.list(page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One actor")
    public Uni<Actor> get(@PathParam("id") long id) {
        return actors.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Register an actor (curators) or propose one (annotators)")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new actor")
    public Uni<RestResponse<Actor>> register(@NotNull @Valid ActorDraft draft, UriInfo uri) {
        return actors.register(draft).map(actor -> RestResponse.ResponseBuilder
                .<Actor> created(URI.create(uri.getPath() + "/" + actor.id())).entity(actor).build());
    }
}
