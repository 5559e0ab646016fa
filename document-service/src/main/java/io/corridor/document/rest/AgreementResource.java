package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.api.AgreementView;
import io.corridor.document.service.Agreements;
import io.corridor.document.Caller;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/documents/{id}/agreement")
@Tag(name = "Annotations")
public class AgreementResource {

    private final Agreements agreements;
    private final SecurityIdentity identity;

    public AgreementResource(Agreements agreements, SecurityIdentity identity) {
        this.agreements = agreements;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getAnnotationAgreement", summary = "Inter-annotator agreement on a document", description = """
            Cohen's kappa for each pair of annotators and Krippendorff's alpha (nominal) over all of them, on \
            units = code points × labels of the latest version: labels are the actors that annotations identify \
            (actor:<id>) and their tags (tag:<tag>). Only the annotations the caller may see count, anchored and \
            not rejected.""")
    @APIResponse(responseCode = "200", description = "Cohen's kappa per pair, Krippendorff's alpha (null where undefined)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "404", description = "No such document (or deleted)")
    public Uni<AgreementView> agreement(@PathParam("id") long id) {
        return agreements.of(id, Caller.of(identity));
    }
}
