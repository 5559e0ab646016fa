package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.Caller;
import io.corridor.document.api.FlagView;
import io.corridor.document.service.Moderation;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The curators' moderation queue. */
@Path("/api/v1/moderation/flags")
@Tag(name = "Moderation", description = "Flags on annotations, the curators' queue, hidden annotations, pre-moderated teams")
public class FlagQueueResource {

    private final Moderation moderation;
    private final SecurityIdentity identity;

    public FlagQueueResource(Moderation moderation, SecurityIdentity identity) {
        this.moderation = moderation;
        this.identity = identity;
    }
    @GET
        @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "listFlags", summary = "The moderation queue (curators)", description = "Flags on live "
            + "annotations the curator may see: open ones first, then newest first.")
    public Uni<Page<FlagView>> queue(@Valid @BeanParam PageRequest page,
            @Parameter(description = "open, resolved or all (default)", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "open", "resolved", "all" })) @QueryParam("state") String state) {
        return moderation.queue(state, caller(), page.page, page.size);
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
