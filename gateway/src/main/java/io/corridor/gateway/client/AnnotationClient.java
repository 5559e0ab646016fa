package io.corridor.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's way to the document-service's annotations. Reads retry (they are idempotent); writes
 * never do: a POST retried after a lost answer would store a second annotation. Suggestions and imports
 * anchor many passages and get more time. A service's own answer (a problem) is never retried and never
 * opens the circuit. The live event stream has no timeout and goes through {@link DocumentEventStream}.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = ProblemException.class)
@Bulkhead(value = 64)
public class AnnotationClient {

    /** The container's filters, passed on as sent: the service validates them. */
    public record Filter(String document, String creator, String tag, String motivation, String actor, String from,
            String to, String status) {
    }

    private final AnnotationRestClient rest;

    public AnnotationClient(@RestClient AnnotationRestClient rest) {
        this.rest = rest;
    }

    public Uni<Response> create(byte[] annotation) {
        return rest.create(annotation);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Response> get(String uuid) {
        return rest.get(uuid);
    }

    public Uni<Response> replace(String uuid, String ifMatch, byte[] annotation) {
        return rest.replace(uuid, ifMatch, annotation);
    }

    public Uni<Response> delete(String uuid, String ifMatch, String reason) {
        return rest.delete(uuid, ifMatch, reason);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Response> list(Filter f, String prefer, String page, String size, String iris) {
        return rest.list(prefer, page, size, iris, f.document(), f.creator(), f.tag(), f.motivation(), f.actor(), f.from(),
                f.to(), f.status());
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Response> tags(String prefix, String size) {
        return rest.tags(prefix, size);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Response> history(String uuid) {
        return rest.history(uuid);
    }

    public Uni<Response> status(String uuid, String ifMatch, byte[] change) {
        return rest.status(uuid, ifMatch, change);
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    public Uni<Response> bulkStatus(byte[] change) {
        return rest.bulkStatus(change);
    }

    /** A document's or a query's annotations, all of them: as CSV when csv, else as one JSON-LD collection. */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    @Bulkhead(value = 8)
    public Uni<Response> export(Filter f, boolean csv) {
        return csv
                ? rest.exportCsv(f.document(), f.creator(), f.tag(), f.motivation(), f.actor(), f.from(), f.to(), f.status())
                : rest.exportJsonLd(f.document(), f.creator(), f.tag(), f.motivation(), f.actor(), f.from(), f.to(), f.status());
    }

    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    @Bulkhead(value = 8)
    public Uni<Response> importAnnotations(String document, byte[] body) {
        return rest.importAnnotations(document, body);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Response> orphans(long document) {
        return rest.orphans(document);
    }

    /** Idempotent on the service's side (a span and actor already proposed is skipped), but long: no retry. */
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    @Bulkhead(value = 8)
    public Uni<Response> suggest(long document) {
        return rest.suggest(document);
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Response> agreement(long document) {
        return rest.agreement(document);
    }
}
