package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.Caller;
import io.corridor.document.api.FlagRequest;
import io.corridor.document.api.FlagView;
import io.corridor.document.api.ModerationChange;
import io.corridor.document.api.WebAnnotationSchema;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationWriter;
import io.corridor.document.service.Moderation;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Flags on an annotation and its hiding, next to {@link AnnotationResource} under the same path. */
@Path("/api/v1/annotations")
@Tag(name = "Moderation", description = "Flags on annotations, the curators' queue, hidden annotations, pre-moderated teams")
public class AnnotationModerationResource {

    private final Moderation moderation;
    private final AnnotationWriter writer;
    private final SecurityIdentity identity;

    public AnnotationModerationResource(Moderation moderation, AnnotationWriter writer, SecurityIdentity identity) {
        this.moderation = moderation;
        this.writer = writer;
        this.identity = identity;
    }
    @POST
    @Path("{uuid}/flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "flagAnnotation", summary = "Flag an annotation for the moderators",
            description = "Any member who may see the annotation (else 404). One open flag per member and annotation: "
                    + "flagging again answers 200 with the open flag. Kept in the annotation's history; its creator is notified.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FlagRequest.class)))
    @APIResponse(responseCode = "201", description = "Flagged", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FlagView.class)))
    @APIResponse(responseCode = "200", description = "The caller's flag was already open", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FlagView.class)))
    public Uni<Response> flag(@PathParam("uuid") @Parameter(description = AnnotationResource.UUID_PARAMETER,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id, FlagRequest request) {
        return moderation.flag(AnnotationResource.uuid(id), request == null ? null : request.reason(), caller())
                .map(r -> (r.created() ? Response.status(201) : Response.ok())
                        .entity(r.value()).type(MediaType.APPLICATION_JSON).build());
    }

    @PUT
    @Path("{uuid}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ AnnotationResource.LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "moderateAnnotation", summary = "Hide or show an annotation (curators)", description = """
            hidden true: everyone but the creator and curators gets the annotation without its bodies and with \
            moderation.label "hidden by moderator" (listings, exports, live events, search and tag counts alike); the \
            creator is notified. hidden false shows it again. Open flags are resolved (hidden, or dismissed). No \
            If-Match: the decision holds whatever the latest wording. Kept in the history with the reason.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModerationChange.class)))
    @APIResponse(responseCode = "200", description = "The annotation as curators see it",
            content = { @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(implementation = WebAnnotationSchema.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAnnotationSchema.class)) })
    public Uni<Response> moderate(@Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @PathParam("uuid") @Parameter(description = AnnotationResource.UUID_PARAMETER,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id, ModerationChange change) {
        if (change == null || change.hidden() == null) {
            throw ProblemException.invalid("hidden", "is required (true or false)");
        }
        return moderation.moderate(AnnotationResource.uuid(id), change.hidden(), change.reason(), caller())
                .map(a -> Response.ok(writer.json(a)).type(AnnotationResource.mediaType(accept)).build());
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
