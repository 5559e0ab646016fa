package io.corridor.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's teams: the Keycloak groups the realm's mapper puts in the claim {@code teams}
 * (not {@code groups}, which Quarkus would read as roles). Team visibility of annotations and
 * the web client's presence both rest on it.
 */
public final class Teams {

    public static final String CLAIM = "teams";

    private Teams() {
    }

    /** The caller's team names, sorted, without a leading slash; empty for a token without the claim. */
    public static List<String> of(SecurityIdentity identity) {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return List.of();
        }
        if (!(jwt.getClaim(CLAIM) instanceof Collection<?> values)) {
            return List.of();
        }
        return values.stream()
                .map(v -> v.toString().replace("\"", ""))
                .map(name -> name.startsWith("/") ? name.substring(1) : name)
                .filter(name -> !name.isBlank())
                .distinct().sorted().toList();
    }
}
