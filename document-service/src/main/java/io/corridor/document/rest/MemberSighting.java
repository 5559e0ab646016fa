package io.corridor.document.rest;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.corridor.document.Caller;
import io.corridor.document.Member;
import io.corridor.document.service.MemberDirectory;
import io.corridor.document.service.Workflow;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Every signed-in read tells the member directory who its caller is (the directory writes rarely). Reads
 * only: a refused write must leave nothing stored, the directory included, and every client reads before
 * it writes.
 */
public class MemberSighting {

    private final MemberDirectory directory;
    private final SecurityIdentity identity;

    public MemberSighting(MemberDirectory directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Uni<Void> saw(ContainerRequestContext request) {
        String method = request.getMethod();
        if (identity.isAnonymous() || !("GET".equals(method) || "HEAD".equals(method))) {
            return Uni.createFrom().voidItem();
        }
        Caller caller = Caller.of(identity);
        if (!Workflow.USERNAME.matcher(caller.name()).matches()) {
            // a name a mention could not carry (service accounts are fine, they are simply never offered)
            return Uni.createFrom().voidItem();
        }
        return directory.saw(new Member(caller.name(), displayName(caller.name()), caller.teams()));
    }

    /** The token's name claim (Keycloak: first and last name), else the user name. */
    private String displayName(String username) {
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("name") : null;
        String name = claim == null ? "" : claim.toString().strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1); // a JSON string's text
        }
        return name.isBlank() ? username : name;
    }
}
