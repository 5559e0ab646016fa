package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.Caller;
import io.corridor.document.api.TeamModeration;
import io.corridor.document.api.TeamModerationChange;
import io.corridor.document.service.Moderation;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Teams' pre-moderation (teams themselves are Keycloak groups). */
@Path("/api/v1/teams")
@Tag(name = "Moderation", description = "Flags on annotations, the curators' queue, hidden annotations, pre-moderated teams")
public class TeamModerationResource {

    static final String TEAM_PATTERN = "^[A-Za-z0-9._-]{1,100}$";

    private final Moderation moderation;
    private final SecurityIdentity identity;

    public TeamModerationResource(Moderation moderation, SecurityIdentity identity) {
        this.moderation = moderation;
        this.identity = identity;
    }
    @GET
    @Path("{team}/moderation")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getTeamModeration", summary = "Whether a team is pre-moderated")
    @APIResponse(responseCode = "200", description = "The team's setting (false when never set)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamModeration.class)))
    public Uni<TeamModeration> team(@PathParam("team") @Parameter(description = "The team (Keycloak group) name",
            schema = @Schema(type = SchemaType.STRING, pattern = TEAM_PATTERN, maxLength = 100)) String team) {
        return moderation.team(team);
    }

    @PUT
    @Path("{team}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "setTeamModeration", summary = "Pre-moderate a team or not (its curators, or admins)",
            description = "Pre-moderated: new annotations of the team's non-curators are pending (seen by their creator "
                    + "and curators only) until a curator accepts them (PUT /annotations/{uuid}/status); rejecting a "
                    + "pending one hides it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TeamModerationChange.class)))
    @APIResponse(responseCode = "200", description = "The team's setting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamModeration.class)))
    public Uni<TeamModeration> setTeam(@PathParam("team") @Parameter(description = "The team (Keycloak group) name",
            schema = @Schema(type = SchemaType.STRING, pattern = TEAM_PATTERN, maxLength = 100)) String team,
            TeamModerationChange change) {
        return moderation.setPremoderated(team, change == null ? null : change.premoderated(), caller());
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
