package io.corridor.actor.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/**
 * What the actor-service reads from the document-service, always with the caller's own token, so
 * that the document-service's rights apply: only documents the caller may see are listed or read.
 * Reached only through {@link DocumentClient}, which carries the fault tolerance.
 */
@RegisterRestClient(configKey = "document-service")
@AccessToken
@Path("/api/v1/documents")
interface DocumentRestClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<DocumentPage> list(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{id}/text")
    @Produces(MediaType.TEXT_PLAIN)
    Uni<String> text(@PathParam("id") long id);

    @GET
    @Path("{id}/versions/{n}/text")
    @Produces(MediaType.TEXT_PLAIN)
    Uni<String> text(@PathParam("id") long id, @PathParam("n") int version);
}
