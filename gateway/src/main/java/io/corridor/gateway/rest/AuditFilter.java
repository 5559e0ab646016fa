package io.corridor.gateway.rest;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.corridor.gateway.AuditRecord;
import io.corridor.gateway.service.AuditService;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;

/**
 * Records every write of the public API (any method but GET, HEAD and OPTIONS) once its response is
 * known, rejected and failed ones included. The record is stored before the response leaves, so an
 * acknowledged write always has its trace.
 */
public class AuditFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String STARTED = AuditFilter.class.getName() + ".started";

    private final AuditService audit;
    private final CurrentIdentityAssociation identities;

    public AuditFilter(AuditService audit, CurrentIdentityAssociation identities) {
        this.audit = audit;
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true)
    public void start(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (READS.contains(request.getMethod()) || !path.startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        AuditRecord record = new AuditRecord();
        record.method = request.getMethod();
        record.path = path;
        record.status = response.getStatus();
        record.outcome = AuditRecord.outcomeOf(response.getStatus());
        Object started = request.getProperty(STARTED);
        record.durationMs = started instanceof Long t0 ? (int) ((System.nanoTime() - t0) / 1_000_000) : 0;
        Uni<Void> store = identities.getDeferredIdentity().onFailure().recoverWithNull()
                .invoke(identity -> who(identity, record))
                .flatMap(identity -> audit.record(record))
                // Losing the trace must not turn a done write into an error; it is logged loudly instead.
                .onFailure().invoke(e -> LOG.errorf(e, "audit record lost: %s %s %d", record.method, record.path,
                        record.status))
                .onFailure().recoverWithNull();
        if (Context.isOnEventLoopThread()) {
            return store;
        }
        // Blocking endpoints (streamed imports) answer on a worker thread, where Hibernate Reactive
        // cannot run: store on an event loop and wait, so the record still precedes the response.
        try {
            VertxContextSupport.subscribeAndAwait(() -> store);
        } catch (Throwable e) {
            LOG.errorf(e, "audit record lost: %s %s %d", record.method, record.path, record.status);
        }
        return Uni.createFrom().voidItem();
    }

    private static void who(SecurityIdentity identity, AuditRecord record) {
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        record.username = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            record.subject = jwt.getSubject();
            record.client = jwt.getClaim("azp");
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                record.username = preferred;
            }
        }
    }
}
