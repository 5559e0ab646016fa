package io.corridor.remittance.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.remittance.Indicator;
import io.corridor.remittance.service.DerivedPoint;
import io.corridor.remittance.service.ImportReport;
import io.corridor.remittance.service.ImportRequest;
import io.corridor.remittance.service.ImportService;
import io.corridor.remittance.service.IndicatorDraft;
import io.corridor.remittance.service.IndicatorService;
import io.corridor.remittance.service.Observation;
import io.corridor.remittance.service.ObservationDraft;
import io.corridor.remittance.service.ObservationRevision;
import io.corridor.remittance.service.ObservationService;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The indicator catalogue, its observations, derived series and imports. */
@Path("/api/v1/indicators")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    public static final String CSV = "text/csv";

    private final IndicatorService indicators;
    private final ObservationService observations;
    private final ImportService imports;
    private final SecurityIdentity identity;

    public IndicatorResource(IndicatorService indicators, ObservationService observations, ImportService imports,
            SecurityIdentity identity) {
        this.indicators = indicators;
        this.observations = observations;
        this.imports = imports;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The indicator catalogue, by code")
    public Uni<Page<Indicator>> catalogue(@Valid @BeanParam PageRequest page) {
        return indicators.catalogue(page);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One indicator of the catalogue")
    public Uni<Indicator> get(@PathParam("code") String code) {
        return indicators.get(code);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Create or replace a catalogue entry")
    public Uni<Response> put(@PathParam("code") String code, @Valid @NotNull IndicatorDraft draft) {
        return indicators.put(code, draft).map(saved -> (saved.created()
                ? Response.created(URI.create("/api/v1/indicators/" + code)) : Response.ok()).entity(saved.indicator()).build());
    }

    @GET
    @Path("{code}/observations")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Observations of an indicator, latest revision or as known at asOf")
    public Uni<Page<Observation>> observations(@PathParam("code") String code, @BeanParam ObservationParams params) {
        return observations.list(code, params.query(), params.page, params.size);
    }

    @GET
    @Path("{code}/observations")
    @Produces(CSV)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Observations of an indicator as CSV")
    public Uni<String> observationsCsv(@PathParam("code") String code, @BeanParam ObservationParams params) {
        return observations.csv(code, params.query(), params.page, params.size);
    }

    @POST
    @Path("{code}/observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Record a figure stated in a document as a document-sourced observation")
    public Response record(@PathParam("code") String code, @Valid @NotNull ObservationDraft draft) {
        ObservationService.Recorded recorded = observations.recordFromDocument(code, draft, identity.getPrincipal().getName());
        Observation saved = observations.get(code, recorded.id(), null).await().indefinitely();
        return (recorded.created() ? Response.created(URI.create("/api/v1/indicators/" + code + "/observations/" + recorded.id()))
                : Response.ok()).entity(saved).build();
    }

    @GET
    @Path("{code}/observations/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One observation, latest revision or as known at asOf")
    public Uni<Observation> observation(@PathParam("code") String code, @PathParam("id") long id,
            @QueryParam("asOf") String asOf) {
        return observations.get(code, id, asOf);
    }

    @GET
    @Path("{code}/observations/{id}/history")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Every revision of an observation, oldest first")
    public Uni<List<ObservationRevision>> history(@PathParam("code") String code, @PathParam("id") long id) {
        return observations.history(code, id);
    }

    @GET
    @Path("{code}/counterparts")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Counterparts of a country ranked by value (e.g. main destinations of Malian emigrants)")
    public Uni<List<Observation>> counterparts(@PathParam("code") String code, @QueryParam("country") String country,
            @QueryParam("period") String period, @QueryParam("sex") String sex, @QueryParam("asOf") String asOf,
            @QueryParam("limit") @DefaultValue("10") int limit) {
        return observations.counterparts(code, country, period, sex, asOf, limit);
    }

    @GET
    @Path("{code}/ratio")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Derived series: 100 × this indicator / the denominator, per period, with both inputs")
    public Uni<List<DerivedPoint>> ratio(@PathParam("code") String code, @QueryParam("denominator") String denominator,
            @BeanParam ObservationParams params) {
        return observations.ratio(code, denominator, params.query());
    }

    @GET
    @Path("{code}/growth")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Derived series: year-on-year growth in percent, with both inputs")
    public Uni<List<DerivedPoint>> growth(@PathParam("code") String code, @BeanParam ObservationParams params) {
        return observations.growth(code, params.query());
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Import a file of observations (raw body): World Bank JSON or CSV, UN DESA CSV, SDMX-CSV; atomic")
    public ImportReport importFile(InputStream body, @QueryParam("format") String format,
            @QueryParam("fileName") String fileName, @QueryParam("source") String source,
            @QueryParam("release") String release, @QueryParam("indicator") String indicator,
            @QueryParam("createIndicators") @DefaultValue("false") boolean createIndicators) {
        return imports.importFile(body, new ImportRequest(format, fileName, source, release, indicator, createIndicators,
                identity.getPrincipal().getName()));
    }
}
