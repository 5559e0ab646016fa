package io.corridor.gateway.edge;

import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.corridor.gateway.AuditRecord;
import io.corridor.gateway.repository.AuditRepository;
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

    private final AuditRepository audit;

    public AuditTrail(AuditRepository audit) {
        this.audit = audit;
    }

    public Future<Void> record(RoutingContext ctx, int status) {
        String method = ctx.request().method().name();
        if (READS.contains(method)) {
            return Future.succeededFuture();
        }
        String username = null;
        String subject = null;
        String client = null;
        SecurityIdentity identity = Edge.identity(ctx);
        if (identity != null && !identity.isAnonymous()) {
            username = identity.getPrincipal().getName();
            if (identity.getPrincipal() instanceof JsonWebToken jwt) {
                subject = jwt.getSubject();
                client = jwt.getClaim("azp");
                username = Objects.requireNonNullElse(jwt.<String> getClaim("preferred_username"), username);
            }
        }
        Long started = ctx.get(STARTED);
        AuditRecord record = new AuditRecord(null, null, username, subject, client, method, ctx.request().path(), status,
                AuditRecord.outcomeOf(status), started == null ? 0 : (int) ((System.nanoTime() - started) / 1_000_000));
        return audit.insert(record).recover(e -> {
            LOG.errorf(e, "audit record lost: %s %s %d", method, record.path(), status);
            return Future.succeededFuture();
        });
    }
}
