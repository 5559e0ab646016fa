package io.corridor.document.service;

import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Who makes a request, as far as document rules care. */
public record Caller(String name, boolean curator, boolean admin) {

    public static Caller of(SecurityIdentity identity) {
        boolean admin = identity.hasRole(Roles.ADMIN);
        return new Caller(identity.getPrincipal().getName(), admin || identity.hasRole(Roles.CURATOR), admin);
    }
}
