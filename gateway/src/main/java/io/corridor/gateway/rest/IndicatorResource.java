package io.corridor.gateway.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.gateway.api.ImportReport;
import io.corridor.gateway.api.Indicator;
import io.corridor.gateway.api.IndicatorDerivedPoint;
import io.corridor.gateway.api.IndicatorDraft;
import io.corridor.gateway.api.Observation;
import io.corridor.gateway.api.ObservationDraft;
import io.corridor.gateway.api.ObservationRevision;
import io.corridor.gateway.client.RemittanceClient;
import io.corridor.gateway.client.RemittanceClient.ObservationQuery;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Remittance and diaspora statistics: catalogue, observations with vintages, imports, derived series")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    static final String CSV = "text/csv";

    private static final String WB_CSV_EXAMPLE = """
            "Data Source","World Development Indicators",

            "Last Updated Date","2025-01-28",

            "Country Name","Country Code","Indicator Name","Indicator Code","2022","2023",
            "Mali","MLI","Personal remittances, received (current US$)","BX.TRF.PWKR.CD.DT","1100000000","1867000000",
            """;
    private static final String WB_JSON_EXAMPLE = """
            [{"page":1,"pages":1,"per_page":50,"total":1,"sourceid":"2","lastupdated":"2025-01-28"},
             [{"indicator":{"id":"BX.TRF.PWKR.CD.DT","value":"Personal remittances, received (current US$)"},
               "country":{"id":"ML","value":"Mali"},"countryiso3code":"MLI","date":"2023","value":1867000000,
               "unit":"","obs_status":"","decimal":0}]]""";

    private final RemittanceClient remittances;

    public IndicatorResource(RemittanceClient remittances) {
        this.remittances = remittances;
    }

    /** The observation filters as query parameters. */
    public static class Filters {
        @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-3 (answers use it); alpha-2 and UN M49 numbers are read too", example = "MLI")
        public String country;
        @QueryParam("counterpart") @Parameter(description = "the other country (alpha-3, alpha-2 or M49 number); none for non-bilateral only", example = "FRA")
        public String counterpart;
        @QueryParam("from") @Parameter(description = "First period: YYYY, YYYY-Qn or YYYY-MM", example = "2015")
        public String from;
        @QueryParam("to") @Parameter(description = "Last period", example = "2023")
        public String to;
        @QueryParam("sex") @Parameter(description = "total, female or male")
        public String sex;
        @QueryParam("asOf") @Parameter(description = "What was known at this date or date-time (default: now)", example = "2025-01-31")
        public String asOf;
        @QueryParam("kind") @Parameter(description = "dataset (imported) or document (stated in a document)")
        public String kind;
        @QueryParam("source") @Parameter(description = "Only this source")
        public String source;
        @QueryParam("page") @DefaultValue("0") @Parameter(description = "Zero-based page")
        public int page;
        @QueryParam("size") @DefaultValue("1000") @Parameter(description = "1 to 5000")
        public int size;

        ObservationQuery query() {
            return new ObservationQuery(country, counterpart, from, to, sex, asOf, kind, source, page, size);
        }
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The indicator catalogue, by code")
    public Uni<Page<Indicator>> catalogue(@Valid @BeanParam PageRequest page) {
        return remittances.catalogue(page);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One indicator: names in English and French, unit and multiplier, source, definition, periodicity")
    public Uni<Indicator> get(@PathParam("code") String code) {
        return remittances.indicator(code);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Create or replace a catalogue entry (curators)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicator.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicator.class)))
    public Uni<RestResponse<Indicator>> put(@PathParam("code") String code, @NotNull @Valid IndicatorDraft draft) {
        return remittances.putIndicator(code, draft);
    }

    @GET
    @Path("{code}/observations")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Observations of an indicator (latest revision, or as known at asOf); JSON or CSV by Accept")
    @APIResponse(responseCode = "200", description = "A page of observations", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)),
            @Content(mediaType = CSV, example = "id,indicator,country,counterpart,period,period_start,period_end,sex,value,status,source,kind,revision,release,recorded_at,recorded_by,import_id,file_name,file_row,document,annotation\n"
                    + "41,BX.TRF.PWKR.CD.DT,MLI,,2023,2023-01-01,2023-12-31,total,1867000000,normal,\"World Bank, World Development Indicators\",dataset,1,2025-01-28,2025-02-01T10:00:00Z,curator,12,wdi.csv,6,,") })
    public Uni<RestResponse<Object>> observations(@PathParam("code") String code, @BeanParam Filters filters,
            @HeaderParam("Accept") String accept) {
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return remittances.observationsCsv(code, filters.query())
                    .map(csv -> RestResponse.ResponseBuilder.<Object> ok(csv, CSV + "; charset=UTF-8").build());
        }
        return remittances.observations(code, filters.query())
                .map(page -> RestResponse.ResponseBuilder.<Object> ok(page, MediaType.APPLICATION_JSON).build());
    }

    @POST
    @Path("{code}/observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Record a figure stated in a document as a document-sourced observation (curators)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Observation.class)))
    @APIResponse(responseCode = "200", description = "Already recorded (or a new revision of it)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Observation.class)))
    public Uni<RestResponse<Observation>> record(@PathParam("code") String code, @NotNull @Valid ObservationDraft draft) {
        return remittances.record(code, draft);
    }

    @GET
    @Path("{code}/observations/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One observation, latest revision or as known at asOf")
    public Uni<Observation> observation(@PathParam("code") String code, @PathParam("id") long id,
            @QueryParam("asOf") String asOf) {
        return remittances.observation(code, id, asOf);
    }

    @GET
    @Path("{code}/observations/{id}/history")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Every revision of an observation, oldest first, with release and provenance")
    public Uni<List<ObservationRevision>> history(@PathParam("code") String code, @PathParam("id") long id) {
        return remittances.history(code, id);
    }

    @GET
    @Path("{code}/counterparts")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Counterparts of a country ranked by value, e.g. main destinations of Malian emigrants (UNDESA.IMS.BILATERAL, country=MLI)")
    public Uni<List<Observation>> counterparts(@PathParam("code") String code,
            @QueryParam("country") @Parameter(example = "MLI") String country,
            @QueryParam("period") @Parameter(description = "Default: the latest period with bilateral values") String period,
            @QueryParam("sex") String sex, @QueryParam("asOf") String asOf,
            @QueryParam("limit") @DefaultValue("10") int limit) {
        return remittances.counterparts(code, country, period, sex, asOf, limit);
    }

    @GET
    @Path("{code}/ratio")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Derived series: 100 × this indicator / denominator per period (e.g. remittances over GDP), with both inputs")
    public Uni<List<IndicatorDerivedPoint>> ratio(@PathParam("code") String code,
            @QueryParam("denominator") @Parameter(example = "NY.GDP.MKTP.CD") String denominator, @BeanParam Filters filters) {
        return remittances.ratio(code, denominator, filters.query());
    }

    @GET
    @Path("{code}/growth")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Derived series: year-on-year growth in percent, with both inputs")
    public Uni<List<IndicatorDerivedPoint>> growth(@PathParam("code") String code, @BeanParam Filters filters) {
        return remittances.growth(code, filters.query());
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Import a file of observations (curators). The body is the file itself (raw, not multipart).",
            description = "Formats: World Bank API v2 JSON, World Bank bulk CSV, UN DESA migrant stock CSV "
                    + "(destination, origin, year, sex, value), SDMX-CSV; detected from the content or named by format. "
                    + "Atomic: any invalid row imports nothing and answers 422 listing every problem (row, column, value, "
                    + "reason). A changed value becomes a new revision; importing the same file again changes nothing.")
    @RequestBody(content = {
            @Content(mediaType = CSV, examples = @ExampleObject(name = "World Bank bulk CSV", value = WB_CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "World Bank API v2 JSON", value = WB_JSON_EXAMPLE)) })
    @APIResponse(responseCode = "200", description = "Imported: counts of new, revised, unchanged and missing observations", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Nothing imported: every problem listed with its row and column")
    public ImportReport importFile(InputStream body, @HeaderParam("Content-Type") String contentType,
            @QueryParam("format") @Parameter(description = "wb-json, wb-csv, desa-csv or sdmx-csv (default: detected)") String format,
            @QueryParam("fileName") @Parameter(description = "Recorded as provenance", example = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv") String fileName,
            @QueryParam("source") @Parameter(description = "Default: as the file declares it") String source,
            @QueryParam("release") @Parameter(description = "Vintage; default: the file's last-updated date, else today") String release,
            @QueryParam("indicator") @Parameter(description = "For UN DESA and SDMX files without an indicator column") String indicator,
            @QueryParam("createIndicators") @DefaultValue("false") @Parameter(description = "Create unknown indicator codes instead of answering 422") boolean createIndicators)
            throws IOException {
        try {
            return remittances.importFile(contentType == null ? MediaType.APPLICATION_OCTET_STREAM : contentType, body,
                    format, fileName, source, release, indicator, createIndicators).await().atMost(Duration.ofMinutes(16));
        } catch (CompletionException e) {
            // await() wraps what the client failed with; the gateway's mappers expect it bare (IOException → 503).
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
