package io.corridor.gateway.rest;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.gateway.api.Claim;
import io.corridor.gateway.api.ClaimCheck;
import io.corridor.gateway.api.ClaimDraft;
import io.corridor.gateway.api.Verdict;
import io.corridor.gateway.client.RemittanceClient;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/claims")
@Tag(name = "Claims", description = "Figures stated in documents, checked against the reference series")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final RemittanceClient remittances;

    public ClaimResource(RemittanceClient remittances) {
        this.remittances = remittances;
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Check a figure: consistent, discrepant or no_data, with the reference (vintage, source), "
            + "the ratio claim/reference and hints at slips of scale or currency")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "964 billion USD",
            value = "{\"indicator\":\"BX.TRF.PWKR.CD.DT\",\"country\":\"MLI\",\"period\":\"2019\",\"value\":964000000000,\"unit\":\"USD\"}")))
    public Uni<Verdict> check(@NotNull @Valid ClaimCheck claim) {
        return remittances.check(claim);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Store a claim of a document with its quote and annotation (the same figure again answers the stored claim)")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claim.class)))
    @APIResponse(responseCode = "200", description = "Already stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claim.class)))
    public Uni<RestResponse<Claim>> store(@NotNull @Valid ClaimDraft draft) {
        return remittances.storeClaim(draft);
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Claims (of one document when asked), each with its verdict against today's reference data")
    public Uni<Page<Claim>> list(@QueryParam("document") String document, @Valid @BeanParam PageRequest page) {
        return remittances.claims(document, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One claim with its verdict")
    public Uni<Claim> get(@PathParam("id") long id) {
        return remittances.claim(id);
    }
}
