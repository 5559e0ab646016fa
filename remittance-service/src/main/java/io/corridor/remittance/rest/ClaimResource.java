package io.corridor.remittance.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.remittance.api.Claim;
import io.corridor.remittance.api.ClaimCheck;
import io.corridor.remittance.api.ClaimDraft;
import io.corridor.remittance.api.Verdict;
import io.corridor.remittance.service.ClaimService;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Figures stated in documents, checked against the reference series. */
@Path("/api/v1/claims")
@Tag(name = "Claims", description = "Figures stated in documents, checked against the reference series")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private static final String VINTAGE = "Read the verdict against what was published on this date (a month or a year "
            + "means its last day); default: the document's date when the claim has one, else the latest data";

    private final ClaimService claims;
    private final SecurityIdentity identity;

    public ClaimResource(ClaimService claims, SecurityIdentity identity) {
        this.claims = claims;
        this.identity = identity;
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "checkClaim", summary = "Check a figure: consistent, discrepant or no_data, with the reference "
            + "(vintage, source), the ratio claim/reference and hints at slips of scale or currency", description = "The "
            + "reference is the latest dataset value of the same indicator, country, counterpart and period (with vintage: "
            + "the one published by that date, as a document of then could cite it; the verdict names its vintage) (or 100 × "
            + "numerator / denominator for a ratio that is not published). Consistent when the reference lies within the "
            + "claim's bounds: the precision of the figure as written (half a unit of its last digit, trailing zeros "
            + "included: 10 is ± 0.5), widened by a hedge word (environ, about: half a unit of the leading digit; more "
            + "than, less than: in their direction), never narrower than 2 % of the reference; the verdict's bounds say "
            + "which. CFA francs (XOF) are converted to US dollars with the exchange-rate series. no_data without a "
            + "reference.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimCheck.class), examples = @ExampleObject(name = "964 billion USD",
                    value = "{\"indicator\":\"BX.TRF.PWKR.CD.DT\",\"country\":\"MLI\",\"period\":\"2019\",\"value\":964000000000,\"unit\":\"USD\"}")))
    @APIResponse(responseCode = "200", description = "The verdict")
    @APIResponse(responseCode = "422", description = Docs.CLAIM_RULE)
    public Uni<Verdict> check(@Valid @NotNull ClaimCheck claim) {
        return claims.check(claim);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "createClaim", summary = "Store a claim of a document with its quote and annotation (the same "
            + "figure again answers the stored claim)", description = "The same figure is the same document, indicator, "
            + "country, counterpart, period and value. documentDate is the document's publication date: the answer carries "
            + "the verdict against what was published by then, and against the latest data.")
    @APIResponse(responseCode = "201", description = "Stored; Location names it",
            headers = @Header(name = HttpHeaders.LOCATION, description = Docs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claim.class)))
    @APIResponse(responseCode = "200", description = "Already stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claim.class)))
    @APIResponse(responseCode = "422", description = Docs.CLAIM_RULE)
    public Uni<Response> store(@Valid @NotNull ClaimDraft draft) {
        return claims.store(draft, identity.getPrincipal().getName())
                .chain(stored -> claims.view(stored.claim(), null).map(view -> (stored.created()
                        ? Response.created(URI.create("/api/v1/claims/" + view.id())) : Response.ok()).entity(view).build()));
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listClaims", summary = "Claims (of one document when asked), each with its verdict as of the "
            + "document's date and against today's reference data", description = "By document, then in the order they were "
            + "stored. A claim without a document date is judged against the latest data only.")
    @APIResponse(responseCode = "200", description = "A page of claims")
    public Uni<Page<Claim>> list(
            @Parameter(description = "File name or identifier of the document", example = "diaspora-engagement-mapping-mali.md")
            @QueryParam("document") String document,
            @Parameter(description = VINTAGE, example = "2019-12-31") @QueryParam("vintage") String vintage,
            @Valid @BeanParam PageRequest page) {
        return claims.list(document, vintage, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getClaim", summary = "One claim with its verdicts", description = "The verdicts are computed "
            + "again on every read: as of the document's date (or the vintage asked for) and against the latest data.")
    @APIResponse(responseCode = "200", description = "The claim")
    public Uni<Claim> get(@PathParam("id") long id,
            @Parameter(description = VINTAGE, example = "2019-12-31") @QueryParam("vintage") String vintage) {
        return claims.get(id, vintage);
    }
}
