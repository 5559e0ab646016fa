package io.corridor.document;

import io.corridor.support.security.Roles;
import io.corridor.support.security.Teams;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;

/** Who makes a request, as far as document and annotation rules care. */
public record Caller(String name, boolean curator, boolean admin, List<String> teams) {

    public Caller {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    public Caller(String name, boolean curator, boolean admin) {
        this(name, curator, admin, List.of());
    }

    public static Caller of(SecurityIdentity identity) {
        boolean admin = identity.hasRole(Roles.ADMIN);
        return new Caller(identity.getPrincipal().getName(), admin || identity.hasRole(Roles.CURATOR), admin,
                Teams.of(identity));
    }
}
