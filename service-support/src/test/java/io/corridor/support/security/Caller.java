package io.corridor.support.security;

import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

/** An API operation that names its caller as the security layer sees it: who, and with which roles. */
@Path("/api/v1/caller")
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "probeCaller")
    public String get() {
        return identity.getPrincipal().getName() + " " + new TreeSet<>(identity.getRoles());
    }
}
