package io.corridor.gateway.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.corridor.gateway.api.Actor;
import io.corridor.gateway.api.Mention;
import io.corridor.gateway.api.MentionRequest;
import io.corridor.support.paging.Page;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/**
 * The actor-service's API, called with the caller's own token. Use {@link ActorClient}. Reads of
 * one actor come back as raw responses, so that a merged actor's 308 and the ETag pass through.
 */
@RegisterRestClient(configKey = "actor-service")
@RegisterProvider(DownstreamProblem.class)
@AccessToken
@Path("/api/v1")
interface ActorRestClient {

    @GET
    @Path("actors")
    Uni<Page<Actor>> list(@QueryParam("ids") List<String> ids, @QueryParam("q") String q, @QueryParam("key") String key, @QueryParam("kind") String kind,
            @QueryParam("family") String family, @QueryParam("country") String country, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("actors/{id}")
    Uni<Response> get(@PathParam("id") long id);

    @GET
    @Path("actors/{id}/relations")
    Uni<Response> relationsOf(@PathParam("id") long id, @QueryParam("at") String at, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("predicate") String predicate);

    @GET
    @Path("actors/{id}/timeline")
    Uni<Response> timeline(@PathParam("id") long id);

    @GET
    @Path("actors/{id}/network")
    @Produces({ MediaType.APPLICATION_JSON, "application/gexf+xml", "application/graphml+xml" })
    Uni<Response> network(@PathParam("id") long id, @QueryParam("depth") int depth, @QueryParam("at") String at,
            @QueryParam("format") String format);

    @POST
    @Path("actors/mentions")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<List<Mention>> mentions(MentionRequest request);
}
