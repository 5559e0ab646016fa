package io.corridor.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corridor.gateway.api.DocumentSummary;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's only way to the document-service. Reads are idempotent, so they retry; a
 * service's own answer (a problem) is never retried and never opens the circuit.
 */
@ApplicationScoped
public class DocumentClient {

    private final DocumentRestClient rest;

    public DocumentClient(@RestClient DocumentRestClient rest) {
        this.rest = rest;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @Bulkhead(value = 64)
    public Uni<Page<DocumentSummary>> list(PageRequest page) {
        return rest.list(page.page, page.size);
    }
}
