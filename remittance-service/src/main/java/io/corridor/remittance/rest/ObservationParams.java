package io.corridor.remittance.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.corridor.remittance.service.ObservationService;

/** The filters of an observation listing, as query parameters. */
public class ObservationParams {

    @QueryParam("country") @Parameter(description = Docs.COUNTRY, example = "MLI")
    public String country;

    @QueryParam("counterpart") @Parameter(description = Docs.COUNTERPART, example = "FRA")
    public String counterpart;

    @QueryParam("from") @Parameter(description = "First period: " + Docs.PERIOD, example = "2015")
    public String from;

    @QueryParam("to") @Parameter(description = "Last period", example = "2023")
    public String to;

    @QueryParam("sex") @Parameter(description = Docs.SEX)
    public String sex;

    @QueryParam("asOf") @Parameter(description = Docs.AS_OF, example = "2025-01-31")
    public String asOf;

    @QueryParam("vintage") @Parameter(description = Docs.VINTAGE, example = "2019-12-31")
    public String vintage;

    @QueryParam("firstRelease") @DefaultValue("false") @Parameter(description = Docs.FIRST_RELEASE)
    public boolean firstRelease;

    @QueryParam("kind") @Parameter(description = Docs.KIND, schema = @Schema(type = SchemaType.STRING,
            enumeration = { "dataset", "document" }))
    public String kind;

    @QueryParam("source") @Parameter(description = "Only this source")
    public String source;

    // page and size are checked by ObservationService (a series page is larger than a listing's)
    @QueryParam("page") @DefaultValue("0")
    @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
    public int page;

    @QueryParam("size") @DefaultValue("1000")
    @Parameter(description = "1 to " + ObservationService.MAX_PAGE, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
            maximum = "" + ObservationService.MAX_PAGE, defaultValue = "1000"))
    public int size;

    ObservationService.Query query() {
        return new ObservationService.Query(country, counterpart, from, to, sex, asOf, vintage, firstRelease, kind, source);
    }
}
