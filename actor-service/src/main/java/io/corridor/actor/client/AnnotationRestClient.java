package io.corridor.actor.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/**
 * The document-service's Web Annotation container, read with the caller's own token (only the
 * annotations the caller may see). Reached only through {@link DocumentClient}.
 */
@RegisterRestClient(configKey = "document-service")
@AccessToken
@Path("/api/v1/annotations/")
interface AnnotationRestClient {

    /** One AnnotationPage (JSON-LD, read as plain JSON) of the annotations matching the filters. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<String> page(@QueryParam("actor") long actor, @QueryParam("motivation") String motivation,
            @QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);
}
