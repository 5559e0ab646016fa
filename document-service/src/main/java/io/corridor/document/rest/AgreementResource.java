package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.AnnotationFilter;
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
            (actor:<id>), their tags (tag:<tag>) and concepts (concept:<iri>); the curated layer is not an annotator. Only the annotations the caller may see count, anchored and \
            not rejected; `motivation` keeps the annotations made with it, `tag` keeps that tag as the only label. \
            Per category (label), for any number of annotators, the measures INCEpTION reports through DKPro \
            Agreement: Fleiss' kappa, Gwet's AC1 and Krippendorff's alpha (nominal) over the covered code points, \
            Krippendorff's unitizing alpha over the spans' boundaries on the whole text, and the stretches where \
            the annotators split.""")
    @APIResponse(responseCode = "200", description = "Cohen's kappa per pair, Krippendorff's alpha (null where undefined)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "The motivation is not one Corridor knows")
    @APIResponse(responseCode = "404", description = "No such document (or deleted)")
    public Uni<AgreementView> agreement(@PathParam("id") long id,
            @QueryParam("tag") @Parameter(description = "Only this tag (case-insensitive) as a label", example = "diaspora") String tag,
            @QueryParam("motivation") @Parameter(description = "Only annotations with this motivation", example = "tagging") String motivation) {
        return agreements.of(id, AnnotationFilter.of(null, null, tag, motivation, null, null, null, null), Caller.of(identity));
    }
}
