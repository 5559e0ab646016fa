package io.corridor.actor.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/** The document-service's text of a document, read with the caller's own token (so its rights apply). */
@RegisterRestClient(configKey = "document-service")
@AccessToken
@Path("/api/v1/documents")
public interface DocumentTextClient {

    @GET
    @Path("{id}/text")
    @Produces(MediaType.TEXT_PLAIN)
    Uni<String> text(@PathParam("id") long id);
}
