package io.corridor.gateway.client;

import java.io.InputStream;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.gateway.api.Claim;
import io.corridor.gateway.api.ClaimCheck;
import io.corridor.gateway.api.ClaimDraft;
import io.corridor.gateway.api.ImportReport;
import io.corridor.gateway.api.Indicator;
import io.corridor.gateway.api.IndicatorDerivedPoint;
import io.corridor.gateway.api.IndicatorDraft;
import io.corridor.gateway.api.Observation;
import io.corridor.gateway.api.ObservationDraft;
import io.corridor.gateway.api.ObservationRevision;
import io.corridor.gateway.api.Verdict;
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
    @Path("indicators")
    Uni<Page<Indicator>> catalogue(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("indicators/{code}")
    Uni<Indicator> indicator(@PathParam("code") String code);

    @PUT
    @Path("indicators/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RestResponse<Indicator>> putIndicator(@PathParam("code") String code, IndicatorDraft draft);

    @GET
    @Path("indicators/{code}/observations")
    Uni<Page<Observation>> observations(@PathParam("code") String code, @QueryParam("country") String country,
            @QueryParam("counterpart") String counterpart, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sex") String sex, @QueryParam("asOf") String asOf, @QueryParam("kind") String kind,
            @QueryParam("source") String source, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("indicators/{code}/observations")
    @Produces("text/csv")
    Uni<String> observationsCsv(@PathParam("code") String code, @QueryParam("country") String country,
            @QueryParam("counterpart") String counterpart, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sex") String sex, @QueryParam("asOf") String asOf, @QueryParam("kind") String kind,
            @QueryParam("source") String source, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("indicators/{code}/observations")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RestResponse<Observation>> record(@PathParam("code") String code, ObservationDraft draft);

    @GET
    @Path("indicators/{code}/observations/{id}")
    Uni<Observation> observation(@PathParam("code") String code, @PathParam("id") long id, @QueryParam("asOf") String asOf);

    @GET
    @Path("indicators/{code}/observations/{id}/history")
    Uni<List<ObservationRevision>> history(@PathParam("code") String code, @PathParam("id") long id);

    @GET
    @Path("indicators/{code}/counterparts")
    Uni<List<Observation>> counterparts(@PathParam("code") String code, @QueryParam("country") String country,
            @QueryParam("period") String period, @QueryParam("sex") String sex, @QueryParam("asOf") String asOf,
            @QueryParam("limit") int limit);

    @GET
    @Path("indicators/{code}/ratio")
    Uni<List<IndicatorDerivedPoint>> ratio(@PathParam("code") String code, @QueryParam("denominator") String denominator,
            @QueryParam("country") String country, @QueryParam("counterpart") String counterpart,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("asOf") String asOf);

    @GET
    @Path("indicators/{code}/growth")
    Uni<List<IndicatorDerivedPoint>> growth(@PathParam("code") String code, @QueryParam("country") String country,
            @QueryParam("counterpart") String counterpart, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("asOf") String asOf);

    @POST
    @Path("indicators/imports")
    Uni<ImportReport> importFile(@HeaderParam("Content-Type") String contentType, InputStream body,
            @QueryParam("format") String format, @QueryParam("fileName") String fileName,
            @QueryParam("source") String source, @QueryParam("release") String release,
            @QueryParam("indicator") String indicator, @QueryParam("createIndicators") boolean createIndicators);

    @POST
    @Path("claims/check")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Verdict> check(ClaimCheck claim);

    @POST
    @Path("claims")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RestResponse<Claim>> storeClaim(ClaimDraft draft);

    @GET
    @Path("claims")
    Uni<Page<Claim>> claims(@QueryParam("document") String document, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("claims/{id}")
    Uni<Claim> claim(@PathParam("id") long id);
}
