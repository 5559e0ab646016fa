package io.corridor.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.corridor.gateway.api.Claim;
import io.corridor.gateway.api.Observation;
import io.corridor.support.paging.Page;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/** The remittance-service's API, called with the caller's own token. Use {@link RemittanceClient}. */
@RegisterRestClient(configKey = "remittance-service")
@RegisterProvider(DownstreamProblem.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface RemittanceRestClient {
    @GET
    @Path("indicators/{code}/observations")
    Uni<Page<Observation>> observations(@PathParam("code") String code, @QueryParam("country") String country,
            @QueryParam("counterpart") String counterpart, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sex") String sex, @QueryParam("asOf") String asOf, @QueryParam("kind") String kind,
            @QueryParam("source") String source, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("claims")
    Uni<Page<Claim>> claims(@QueryParam("document") String document, @QueryParam("page") int page,
            @QueryParam("size") int size);
}
