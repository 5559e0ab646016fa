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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.remittance.Indicator;
import io.corridor.remittance.api.DerivedPoint;
import io.corridor.remittance.api.ImportReport;
import io.corridor.remittance.api.IndicatorDraft;
import io.corridor.remittance.api.Observation;
import io.corridor.remittance.api.ObservationDraft;
import io.corridor.remittance.api.ObservationRevision;
import io.corridor.remittance.mapping.JsonStatDataset;
import io.corridor.remittance.mapping.SdmxJsonData;
import io.corridor.remittance.service.ImportRequest;
import io.corridor.remittance.service.ImportService;
import io.corridor.remittance.service.IndicatorService;
import io.corridor.remittance.service.ObservationService;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The indicator catalogue, its observations, derived series and imports. */
@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Remittance and diaspora statistics: catalogue, observations with vintages, imports, derived series")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    public static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ZIP = "application/zip";

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
    private static final String CSV_EXAMPLE = "id,indicator,country,counterpart,period,period_start,period_end,sex,value,"
            + "status,source,kind,revision,release,release_date,recorded_at,recorded_by,import_id,file_name,file_row,document,annotation\n"
            + "41,BX.TRF.PWKR.CD.DT,MLI,,2023,2023-01-01,2023-12-31,total,1867000000,normal,\"World Bank, World Development "
            + "Indicators\",dataset,1,2025-01-28,2025-01-28,2025-02-01T10:00:00Z,curator,12,wdi.csv,6,,";

    private static final String LIST_SUMMARY = "Observations of an indicator (latest revision, as known at asOf, as published "
            + "on a vintage date, or first releases); JSON, CSV, SDMX-JSON 2.0.0 or JSON-stat 2.0 by Accept";
    private static final String LIST_DESCRIPTION = "By country, counterpart, period, sex and source. Each observation carries its "
            + "revision, the release (vintage) it comes from and its provenance: the row of an imported file, the request of a "
            + "fetch, or the quote of a document.";
    private static final MediaType SDMX_JSON = MediaType.valueOf(SdmxJsonData.MEDIA_TYPE);
    private static final MediaType JSON_STAT = MediaType.valueOf(JsonStatDataset.MEDIA_TYPE);

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
    @Operation(operationId = "listIndicators", summary = "The indicator catalogue, by code", description = "Remittances, "
            + "GDP, population, exchange rates and migrant stocks: what each measures, its unit and who publishes it. "
            + "Corridor ships the catalogue, not the values: those are imported from their publishers.")
    @APIResponse(responseCode = "200", description = "A page of the catalogue")
    public Uni<Page<Indicator>> catalogue(@Valid @BeanParam PageRequest page) {
        return indicators.catalogue(page);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getIndicator", summary = "One indicator: names in English and French, unit and multiplier, "
            + "source, definition, periodicity", description = "A ratio indicator (in percent) names its numerator and "
            + "denominator series.")
    @APIResponse(responseCode = "200", description = "The indicator")
    public Uni<Indicator> get(@Parameter(description = Docs.CODE, example = "BX.TRF.PWKR.CD.DT") @PathParam("code") String code) {
        return indicators.get(code);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "replaceIndicator", summary = "Create or replace a catalogue entry (curators)", description = "The "
            + "code is 1 to 64 letters, digits, dots, dashes or underscores. A ratio indicator names both its numerator and "
            + "its denominator, each already in the catalogue. Periodicity defaults to annual, multiplier to 0.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = HttpHeaders.LOCATION, description = Docs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicator.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicator.class)))
    @APIResponse(responseCode = "422", description = "A ratio indicator names one of numerator and denominator only, or one "
            + "that is not in the catalogue; errors name the field")
    public Uni<Response> put(
            @Parameter(description = Docs.CODE, example = "BX.TRF.PWKR.CD.DT",
                    schema = @Schema(type = SchemaType.STRING, pattern = Docs.CODE_PATTERN)) @PathParam("code") String code,
            @Valid @NotNull IndicatorDraft draft) {
        return indicators.put(code, draft).map(saved -> (saved.created()
                ? Response.created(URI.create("/api/v1/indicators/" + code)) : Response.ok()).entity(saved.indicator()).build());
    }

    @GET
    @Path("{code}/observations")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listObservations", summary = LIST_SUMMARY, description = LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of observations")
    public Uni<Page<Observation>> observations(@PathParam("code") String code, @BeanParam ObservationParams params) {
        return observations.list(code, params.query(), params.page, params.size);
    }

    @GET
    @Path("{code}/observations")
    @Produces(CSV)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listObservations", summary = LIST_SUMMARY, description = LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of observations",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE))
    public Uni<String> observationsCsv(@PathParam("code") String code, @BeanParam ObservationParams params) {
        return observations.csv(code, params.query(), params.page, params.size);
    }

    @GET
    @Path("{code}/observations")
    @Produces({ SdmxJsonData.MEDIA_TYPE, JsonStatDataset.MEDIA_TYPE })
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listObservations", summary = LIST_SUMMARY, description = LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The page as an SDMX-JSON 2.0.0 data message (time series by REF_AREA, "
            + "COUNTERPART_AREA, SEX and SOURCE, TIME_PERIOD at observation level, OBS_STATUS, COMMENT_OBS, UNIT_MULT, UNIT_MEASURE "
            + "and RELEASE_DATE as observation attributes) or a JSON-stat 2.0 dataset (dimensions indicator, country, counterpart, "
            + "sex, source and period; value and status keyed by position; footnotes and release dates in extension); a next "
            + "link when there are more pages", content = {
                    @Content(mediaType = SdmxJsonData.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                            description = "SDMX-JSON 2.0.0 data message (meta, data.structures, data.dataSets)")),
                    @Content(mediaType = JsonStatDataset.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                            description = "JSON-stat 2.0 dataset (version, class, id, size, dimension, value)")) })
    public Uni<Response> observationsStandard(@PathParam("code") String code, @BeanParam ObservationParams params,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        boolean sdmx = headers.getAcceptableMediaTypes().stream()
                .filter(t -> t.isCompatible(SDMX_JSON) || t.isCompatible(JSON_STAT)).findFirst()
                .map(t -> t.isCompatible(SDMX_JSON) && !t.isWildcardSubtype()).orElse(true);
        return observations.list(code, params.query(), params.page, params.size).chain(page -> indicators.get(code)
                .map(indicator -> Response.ok((sdmx ? SdmxJsonData.of(indicator, page, Links.self(uri), Links.next(uri, page))
                        : JsonStatDataset.of(indicator, page, Links.self(uri), Links.next(uri, page))).toString(),
                        sdmx ? SdmxJsonData.MEDIA_TYPE : JsonStatDataset.MEDIA_TYPE).build()));
    }

    @POST
    @Path("{code}/observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "addObservation", summary = "Record a figure stated in a document as a document-sourced "
            + "observation (curators)", description = "The figure is in the indicator's unit. Recording the same figure "
            + "again changes nothing; a different value for the same document, country, counterpart, period and sex "
            + "becomes a new revision.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            headers = @Header(name = HttpHeaders.LOCATION, description = Docs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Observation.class)))
    @APIResponse(responseCode = "200", description = "Already recorded (or a new revision of it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Observation.class)))
    @APIResponse(responseCode = "422", description = "A cell of the figure is invalid; errors name each (country, period, "
            + "sex, value, status)")
    public Response record(@PathParam("code") String code, @Valid @NotNull ObservationDraft draft) {
        ObservationService.Recorded recorded = observations.recordFromDocument(code, draft, identity.getPrincipal().getName());
        Observation saved = observations.get(code, recorded.id(), null, null, false).await().indefinitely();
        return (recorded.created() ? Response.created(URI.create("/api/v1/indicators/" + code + "/observations/" + recorded.id()))
                : Response.ok()).entity(saved).build();
    }

    @GET
    @Path("{code}/observations/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getObservation", summary = "One observation: latest revision, as known at asOf, as published "
            + "on a vintage date, or as first released", description = "404 when it is unknown, or had no revision yet at "
            + "asOf (recorded by Corridor) or by the vintage date (released by the publisher).")
    @APIResponse(responseCode = "200", description = "The observation")
    public Uni<Observation> observation(@PathParam("code") String code, @PathParam("id") long id,
            @Parameter(description = Docs.AS_OF, example = "2025-01-31") @QueryParam("asOf") String asOf,
            @Parameter(description = Docs.VINTAGE, example = "2019-12-31") @QueryParam("vintage") String vintage,
            @Parameter(description = Docs.FIRST_RELEASE) @QueryParam("firstRelease") @DefaultValue("false") boolean firstRelease) {
        return observations.get(code, id, asOf, vintage, firstRelease);
    }

    @GET
    @Path("{code}/observations/{id}/history")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getObservationHistory", summary = "Every revision of an observation, oldest first, with "
            + "release, release date, recording time and provenance", description = "A revision is what the source said in "
            + "one release: releaseDate is when the publisher released it, recordedAt when Corridor recorded it. A value "
            + "imported again unchanged adds none.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first")
    public Uni<List<ObservationRevision>> history(@PathParam("code") String code, @PathParam("id") long id) {
        return observations.history(code, id);
    }

    @GET
    @Path("{code}/counterparts")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listCounterparts", summary = "Counterparts of a country ranked by value, e.g. main destinations "
            + "of Malian emigrants (UNDESA.IMS.BILATERAL, country=MLI)", description = "At one period (by default the latest "
            + "with bilateral values), one value per counterpart: a dataset's rather than a document's, else the most "
            + "recently recorded.")
    @APIResponse(responseCode = "200", description = "The counterparts' observations, highest value first")
    public Uni<List<Observation>> counterparts(@PathParam("code") String code,
            @Parameter(required = true, description = Docs.COUNTRY, example = "MLI") @QueryParam("country") String country,
            @Parameter(description = "Default: the latest period with bilateral values", example = "2020") @QueryParam("period") String period,
            @Parameter(description = Docs.SEX) @QueryParam("sex") String sex,
            @Parameter(description = Docs.AS_OF, example = "2025-01-31") @QueryParam("asOf") String asOf,
            @Parameter(description = Docs.VINTAGE, example = "2019-12-31") @QueryParam("vintage") String vintage,
            @Parameter(description = "How many, 1 to " + ObservationService.MAX_COUNTERPARTS, schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "" + ObservationService.MAX_COUNTERPARTS, defaultValue = "10"))
            @QueryParam("limit") @DefaultValue("10") int limit) {
        return observations.counterparts(code, country, period, sex, asOf, vintage, limit);
    }

    @GET
    @Path("{code}/ratio")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getIndicatorRatio", summary = "Derived series: 100 × this indicator / denominator per period "
            + "(e.g. remittances over GDP), with both inputs", description = "country is required.")
    @APIResponse(responseCode = "200", description = "One point per period where both series have a value")
    public Uni<List<DerivedPoint>> ratio(@PathParam("code") String code,
            @Parameter(required = true, description = "The indicator to divide by", example = "NY.GDP.MKTP.CD")
            @QueryParam("denominator") String denominator,
            @BeanParam ObservationParams params) {
        return observations.ratio(code, denominator, params.query());
    }

    @GET
    @Path("{code}/growth")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getIndicatorGrowth", summary = "Derived series: year-on-year growth in percent, with both inputs",
            description = "country is required.")
    @APIResponse(responseCode = "200", description = "One point per year that follows a year with a value")
    public Uni<List<DerivedPoint>> growth(@PathParam("code") String code, @BeanParam ObservationParams params) {
        return observations.growth(code, params.query());
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "importIndicators", summary = "Import a file of observations (curators). The body is the file "
            + "itself (raw, not multipart: a form answers 415).", description = "Formats: World Bank API v2 JSON (footnotes "
            + "kept), World Bank bulk CSV and its bulk zip with metadata, UN DESA migrant stock CSV (destination, origin, year, "
            + "sex, value, type of data, notes) and its destination and origin xlsx as published, SDMX-CSV (UNIT_MULT applied "
            + "and recorded, UNIT_MEASURE, ACTION), the KNOMAD bilateral remittance matrix xlsx (values modelled); detected from "
            + "the content or named by format. Atomic: any invalid row imports nothing and answers 422 listing every problem (row, column, value, "
            + "reason). A changed value becomes a new revision; importing the same file again changes nothing.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "World Bank bulk CSV", value = WB_CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(description = "Page metadata, then the rows"),
                    examples = @ExampleObject(name = "World Bank API v2 JSON", value = WB_JSON_EXAMPLE)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "UN DESA's destination and origin workbook, or the KNOMAD bilateral remittance matrix, as published")),
            @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "The World Bank bulk download: API_*.csv with Metadata_Country_*.csv and Metadata_Indicator_*.csv")),
            @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Imported: counts of new, revised, unchanged and missing observations")
    @APIResponse(responseCode = "415", description = "A multipart form: the body must be the file itself, with its media type")
    @APIResponse(responseCode = "422", description = "Nothing imported: every problem listed with its row and column")
    public ImportReport importFile(InputStream body, @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Default: detected from the content", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "wb-json", "wb-csv", "desa-csv", "sdmx-csv", "desa-xlsx", "knomad-xlsx", "wb-zip" }))
            @QueryParam("format") String format,
            @Parameter(description = "Recorded as provenance", example = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv")
            @QueryParam("fileName") String fileName,
            @Parameter(description = "Default: as the file declares it") @QueryParam("source") String source,
            @Parameter(description = "The publisher's release date of the file (2025-01-28; a month or year means its last "
                    + "day); default: the file's last-updated date, else today", example = "2025-01-28") @QueryParam("release") String release,
            @Parameter(description = "For UN DESA and SDMX files without an indicator column") @QueryParam("indicator") String indicator,
            @Parameter(description = "Create unknown indicator codes instead of answering 422")
            @QueryParam("createIndicators") @DefaultValue("false") boolean createIndicators) {
        return imports.importFile(body, contentType, new ImportRequest(format, fileName, source, release, indicator, createIndicators,
                identity.getPrincipal().getName()));
    }
}
