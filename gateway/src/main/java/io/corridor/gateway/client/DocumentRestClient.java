package io.corridor.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.corridor.gateway.api.DocumentSummary;
import io.corridor.support.paging.Page;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/** The document-service's API, called with the caller's own token. Use {@link DocumentClient}. */
@RegisterRestClient(configKey = "document-service")
@RegisterProvider(DownstreamProblem.class)
@AccessToken
@Path("/api/v1/documents")
interface DocumentRestClient {

    @GET
    Uni<Page<DocumentSummary>> list(@QueryParam("page") int page, @QueryParam("size") int size);
}
