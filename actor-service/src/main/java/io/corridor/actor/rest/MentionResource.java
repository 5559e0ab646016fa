package io.corridor.actor.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.actor.api.Mention;
import io.corridor.actor.api.MentionRequest;
import io.corridor.actor.service.MentionService;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/actors/mentions")
@Tag(name = "Actors")
@Produces(MediaType.APPLICATION_JSON)
public class MentionResource {

    private final MentionService mentions;

    public MentionResource(MentionService mentions) {
        this.mentions = mentions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "detectMentions", summary = "Find the actors a text names", description = "Send text, or "
            + "documentId to use the text the document-service serves. Aliases match regardless of case and accents on word "
            + "boundaries, acronyms of up to five capitals with their case; the longest match wins; an alias of several "
            + "actors is marked ambiguous. Offsets are code points of that text, end exclusive.")
    @APIResponse(responseCode = "200", description = "The mentions found")
    @APIResponse(responseCode = "502", description = "The document-service answered what this service cannot read")
    public Uni<List<Mention>> detect(@NotNull @Valid MentionRequest request) {
        return mentions.detect(request);
    }
}
