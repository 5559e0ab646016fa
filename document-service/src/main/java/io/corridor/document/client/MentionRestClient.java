package io.corridor.document.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/**
 * The actor-service's mention detection, called with the caller's own token (the actor-service
 * checks the reader role itself). Reached only through {@link ActorMentions}, which carries the
 * fault tolerance.
 */
@RegisterRestClient(configKey = "actor-service")
@AccessToken
@Path("/api/v1/actors/mentions")
interface MentionRestClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<List<Mention>> detect(MentionRequest request);
}
