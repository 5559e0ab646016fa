package io.corridor.gateway.edge;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.corridor.gateway.AuditRecord;
import io.corridor.gateway.service.AuditService;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * Records every write of the public API (any method but GET, HEAD and OPTIONS) once its status is
 * known, refused and failed ones included, before the response leaves: an acknowledged write always
 * has its trace. Losing the trace never turns a done write into an error; it is logged loudly instead.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    /** The methods that change nothing: neither audited nor held to the CSRF token. */
    static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** When the request reached the edge (System.nanoTime), kept on the routing context. */
    static final String STARTED = AuditTrail.class.getName() + ".started";

    private final AuditService audit;

    public AuditTrail(AuditService audit) {
        this.audit = audit;
    }

    public Future<Void> record(RoutingContext ctx, int status) {
        String method = ctx.request().method().name();
        if (READS.contains(method)) {
            return Future.succeededFuture();
        }
        AuditRecord record = new AuditRecord();
        record.method = method;
        record.path = ctx.request().path();
        record.status = status;
        record.outcome = AuditRecord.outcomeOf(status);
        Long started = ctx.get(STARTED);
        record.durationMs = started == null ? 0 : (int) ((System.nanoTime() - started) / 1_000_000);
        who(Edge.identity(ctx), record);
        return Future.fromCompletionStage(audit.record(record)
                .onFailure().invoke(e -> LOG.errorf(e, "audit record lost: %s %s %d", record.method, record.path, record.status))
                .onFailure().recoverWithNull()
                .subscribeAsCompletionStage());
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
