package io.corridor.remittance.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.corridor.remittance.service.ObservationService;

/** The filters of an observation listing, as query parameters. */
public class ObservationParams {

    @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-3 (answers use it); alpha-2 and UN M49 numbers are read too", example = "MLI")
    public String country;

    @QueryParam("counterpart") @Parameter(description = "the other country (alpha-3, alpha-2 or M49 number), or none for non-bilateral observations only")
    public String counterpart;

    @QueryParam("from") @Parameter(description = "First period (YYYY, YYYY-Qn, YYYY-MM)", example = "2015")
    public String from;

    @QueryParam("to") @Parameter(description = "Last period", example = "2023")
    public String to;

    @QueryParam("sex") @Parameter(description = "total, female or male")
    public String sex;

    @QueryParam("asOf") @Parameter(description = "What was known at this date or date-time (default: now)", example = "2025-01-31")
    public String asOf;

    @QueryParam("kind") @Parameter(description = "dataset or document")
    public String kind;

    @QueryParam("source") @Parameter(description = "Only this source")
    public String source;

    @QueryParam("page") @DefaultValue("0")
    public int page;

    @QueryParam("size") @DefaultValue("1000") @Parameter(description = "1 to " + ObservationService.MAX_PAGE)
    public int size;

    ObservationService.Query query() {
        return new ObservationService.Query(country, counterpart, from, to, sex, asOf, kind, source);
    }
}
