package io.corridor.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.corridor.gateway.api.Actor;
import io.corridor.gateway.api.ActorDraft;
import io.corridor.support.paging.Page;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/** The actor-service's API, called with the caller's own token. Use {@link ActorClient}. */
@RegisterRestClient(configKey = "actor-service")
@RegisterProvider(DownstreamProblem.class)
@AccessToken
@Path("/api/v1/actors")
interface ActorRestClient {

    @GET
    Uni<Page<Actor>> list(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{id}")
    Uni<Actor> get(@PathParam("id") long id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Actor> register(ActorDraft draft);
}
