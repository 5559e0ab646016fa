package io.corridor.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.corridor.gateway.api.Indicator;
import io.corridor.support.paging.Page;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/** The remittance-service's API, called with the caller's own token. Use {@link RemittanceClient}. */
@RegisterRestClient(configKey = "remittance-service")
@RegisterProvider(DownstreamProblem.class)
@AccessToken
@Path("/api/v1/indicators")
interface RemittanceRestClient {

    @GET
    Uni<Page<Indicator>> catalogue(@QueryParam("page") int page, @QueryParam("size") int size);
}
