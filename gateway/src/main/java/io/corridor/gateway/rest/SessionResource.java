package io.corridor.gateway.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Browser sign-in. {@code /login} is guarded by the "web" OIDC tenant (authorization code with
 * PKCE, see application.properties), so reaching this method means the session cookie is set.
 */
@Path("/login")
public class SessionResource {

    @GET
    @PermitAll
    @Operation(hidden = true)
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }
}
