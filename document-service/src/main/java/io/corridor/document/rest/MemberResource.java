package io.corridor.document.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.Caller;
import io.corridor.document.api.MemberView;
import io.corridor.document.service.Members;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The members one may @mention, for the editor's autocomplete, and a member's IRI. */
@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Members as the service learned them from their tokens; the targets of @mentions")
public class MemberResource {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 50;

    private final Members members;
    private final SecurityIdentity identity;

    public MemberResource(Members members, SecurityIdentity identity) {
        this.members = members;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listMembers", summary = "Members one may mention, for autocomplete", description = """
            Members whose user name or display name starts with q (case-insensitive), most recently seen first, \
            offering only those who may see what is being written: with annotation, a reply to it (the caller must \
            see it, else 404); without, a new annotation of the given visibility (default team) by the caller. team \
            narrows to one team. A member is known once they have signed in and called the API: a user who never \
            did cannot be offered or mentioned.""")
    @APIResponse(responseCode = "200", description = "The members", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = MemberView.class)))
    public Uni<List<MemberView>> list(
            @Parameter(description = "The beginning of a user name or display name", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 100)) @QueryParam("q") String q,
            @Parameter(description = "The uuid of the annotation a reply answers", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("annotation") String annotation,
            @Parameter(description = "For a new annotation: its visibility (default team)", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "private", "team", "public" })) @QueryParam("visibility") String visibility,
            @Parameter(description = "Only members of this team", schema = @Schema(type = SchemaType.STRING,
                    pattern = TeamModerationResource.TEAM_PATTERN, maxLength = 100)) @QueryParam("team") String team,
            @Parameter(description = "How many at most (default 10)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + MAX_SIZE)) @QueryParam("size") String size) {
        int n = AnnotationResource.number("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
        if (q != null && q.length() > 100) {
            throw io.corridor.support.problem.ProblemException.invalid("q", "must be at most 100 characters");
        }
        return members.offer(q, annotation == null || annotation.isBlank() ? null : uuid(annotation),
                visibility, team == null || team.isBlank() ? null : team, Caller.of(identity), n);
    }

    @GET
    @Path("{username}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getMember", summary = "A member (the IRI of a mention body)")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MemberView.class)))
    public Uni<MemberView> get(@PathParam("username") @Parameter(description = "The user name",
            schema = @Schema(type = SchemaType.STRING, pattern = AssignmentResource.USERNAME_PATTERN, maxLength = 100)) String username) {
        return members.get(username);
    }

    private static java.util.UUID uuid(String id) {
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw io.corridor.support.problem.ProblemException.invalid("annotation", "must be an annotation's uuid");
        }
    }
}
