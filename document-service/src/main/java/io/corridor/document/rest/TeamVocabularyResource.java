package io.corridor.document.rest;

import java.util.UUID;

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

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.document.Caller;
import io.corridor.document.api.TeamVocabulary;
import io.corridor.document.service.Vocabularies;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The vocabulary a team requires its members to tag with. */
@Path("/api/v1/teams")
@Tag(name = "Vocabularies")
public class TeamVocabularyResource {

    private final Vocabularies vocabularies;
    private final SecurityIdentity identity;
    private final JsonBodies json;

    public TeamVocabularyResource(Vocabularies vocabularies, SecurityIdentity identity, JsonBodies json) {
        this.vocabularies = vocabularies;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Path("{team}/vocabulary")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getTeamVocabulary", summary = "The vocabulary a team requires (null: free tags allowed)")
    @APIResponse(responseCode = "200", description = "The team's requirement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamVocabulary.class)))
    public Uni<TeamVocabulary> get(@PathParam("team") @Parameter(description = "The team (Keycloak group) name",
            schema = @Schema(type = SchemaType.STRING, pattern = TeamModerationResource.TEAM_PATTERN, maxLength = 100)) String team) {
        return vocabularies.team(team);
    }

    @PUT
    @Path("{team}/vocabulary")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "setTeamVocabulary", summary = "Require a vocabulary for a team's tags, or none (its curators, or admins)",
            description = "Required: a member's tagging body must be a SpecificResource whose source is a concept of it; "
                    + "a free TextualBody tag answers 422 naming the body. The vocabulary must be the team's or shared.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TeamVocabulary.class)))
    @APIResponse(responseCode = "200", description = "The team's requirement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamVocabulary.class)))
    public Uni<TeamVocabulary> set(@PathParam("team") @Parameter(description = "The team (Keycloak group) name",
            schema = @Schema(type = SchemaType.STRING, pattern = TeamModerationResource.TEAM_PATTERN, maxLength = 100)) String team,
            byte[] body) {
        // read as a tree: a missing vocabulary is a mistake (400), an explicit null means none required
        JsonNode change = json.read(body, "a team's vocabulary");
        JsonNode vocabulary = change == null ? null : change.get("vocabulary");
        if (vocabulary == null || !(vocabulary.isNull() || vocabulary.isTextual())) {
            throw ProblemException.invalid("vocabulary", "is required: a vocabulary's id, or null for none");
        }
        UUID id = vocabulary.isNull() ? null : VocabularyResource.uuid(vocabulary.asText(), "vocabulary");
        return vocabularies.requireForTeam(team, id, Caller.of(identity));
    }
}
