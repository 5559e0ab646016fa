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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.remittance.service.ClaimCheck;
import io.corridor.remittance.service.ClaimDraft;
import io.corridor.remittance.service.ClaimService;
import io.corridor.remittance.service.ClaimView;
import io.corridor.remittance.service.Verdict;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Figures stated in documents, checked against the reference series. */
@Path("/api/v1/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

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
    @Operation(summary = "Check a figure: consistent, discrepant or no_data, with the reference and hints at slips")
    public Uni<Verdict> check(@Valid @NotNull ClaimCheck claim) {
        return claims.check(claim);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Store a claim of a document (the same figure again answers the stored claim)")
    public Uni<Response> store(@Valid @NotNull ClaimDraft draft) {
        return claims.store(draft, identity.getPrincipal().getName())
                .chain(stored -> claims.view(stored.claim()).map(view -> (stored.created()
                        ? Response.created(URI.create("/api/v1/claims/" + view.id())) : Response.ok()).entity(view).build()));
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Claims, of one document when asked, each with its verdict against today's reference data")
    public Uni<Page<ClaimView>> list(@QueryParam("document") String document, @Valid @BeanParam PageRequest page) {
        return claims.list(document, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One claim with its verdict")
    public Uni<ClaimView> get(@PathParam("id") long id) {
        return claims.get(id);
    }
}
