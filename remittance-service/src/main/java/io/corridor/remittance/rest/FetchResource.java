package io.corridor.remittance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.remittance.api.FetchRequest;
import io.corridor.remittance.api.ImportReport;
import io.corridor.remittance.service.FetchService;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Imports observations fetched from a publisher's API (World Bank API v2, SDMX REST) on the allow-list. */
@Path("/api/v1/indicators/fetches")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
public class FetchResource {

    private final FetchService fetches;
    private final SecurityIdentity identity;

    public FetchResource(FetchService fetches, SecurityIdentity identity) {
        this.fetches = fetches;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "fetchIndicators", summary = "Fetch observations from a publisher's API and import them (curators)",
            description = "The url must lie under a source of the service's allow-list (corridor.fetch.sources: scheme, host, "
                    + "port and path prefix; no credentials, no encoded dots or slashes); a redirect is followed only to the "
                    + "allow-list. World Bank API v2: every page of the query is retrieved with format=json, footnote=y and "
                    + "Corridor's per_page (footnotes kept, lastupdated as the release date). SDMX REST 2.1: the data query is "
                    + "asked as SDMX-CSV, with updatedAfter when given (a 404, no results, imports nothing). Every page is "
                    + "downloaded within the time and size limits before anything is stored, then imported as a file is "
                    + "(atomic, a changed value becomes a new revision); the request sent and the time of the answer are "
                    + "the provenance of the import and of each revision.")
    @APIResponse(responseCode = "200", description = "Imported: counts of new, revised, unchanged and missing observations, the "
            + "request sent and when it was answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Nothing imported: the url is not under an allowed source (or redirects off "
            + "it), the source refused the query or answered too much, or its answer has invalid rows (each listed)")
    @APIResponse(responseCode = "502", description = "Nothing imported: the source could not be reached or failed")
    @APIResponse(responseCode = "504", description = "Nothing imported: the source did not answer in full in time")
    public ImportReport fetch(@Valid @NotNull FetchRequest request) {
        return fetches.fetch(request, identity.getPrincipal().getName());
    }
}
