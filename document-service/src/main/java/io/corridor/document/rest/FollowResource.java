package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.Caller;
import io.corridor.document.service.Follows;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Following a document: its new versions notify the follower. Under the documents' path. */
@Path("/api/v1/documents")
@Tag(name = "Notifications")
public class FollowResource {

    private final Follows follows;
    private final SecurityIdentity identity;

    public FollowResource(Follows follows, SecurityIdentity identity) {
        this.follows = follows;
        this.identity = identity;
    }

    @PUT
    @Path("{id}/follow")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "followDocument", summary = "Follow a document (its new versions notify the caller)",
            description = "Idempotent. Assignees follow the documents they are assigned.")
    @APIResponse(responseCode = "204", description = "Followed")
    public Uni<Response> follow(@PathParam("id") long id) {
        return follows.follow(id, Caller.of(identity)).map(x -> Response.noContent().build());
    }

    @DELETE
    @Path("{id}/follow")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "unfollowDocument", summary = "Stop following a document", description = "Idempotent.")
    @APIResponse(responseCode = "204", description = "Not followed")
    public Uni<Response> unfollow(@PathParam("id") long id) {
        return follows.unfollow(id, Caller.of(identity)).map(x -> Response.noContent().build());
    }
}
