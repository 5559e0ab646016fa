package io.corridor.gateway.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.support.security.Roles;
import io.corridor.support.security.Teams;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/me")
@Tag(name = "Session", description = "Who is signed in")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final List<String> CORRIDOR_ROLES = List.of(Roles.READER, Roles.ANNOTATOR, Roles.CURATOR, Roles.ADMIN);

    private final SecurityIdentity identity;
    private final CsrfTokens tokens;

    public MeResource(SecurityIdentity identity, CsrfTokens tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    @GET
    @Authenticated
    @Operation(operationId = "getCurrentUser", summary = "The caller: name, roles, teams, and for a browser session its CSRF token")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurrentUser.class)))
    public Response me(@Context HttpServerRequest request) {
        JsonWebToken jwt = identity.getPrincipal() instanceof JsonWebToken token ? token : null;
        String username = jwt == null ? null : jwt.getClaim("preferred_username");
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new CurrentUser(username == null ? identity.getPrincipal().getName() : username,
                jwt == null ? null : jwt.getClaim("name"), jwt == null ? null : jwt.getClaim("email"),
                CORRIDOR_ROLES.stream().filter(identity::hasRole).toList(), jwt == null ? List.of() : Teams.of(identity),
                WebSession.isCookieRequest(request) ? tokens.tokenOf(identity) : null)).cacheControl(noStore).build();
    }
}
