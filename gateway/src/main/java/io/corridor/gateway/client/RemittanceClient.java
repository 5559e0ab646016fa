package io.corridor.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corridor.gateway.api.Indicator;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** The gateway's only way to the remittance-service. */
@ApplicationScoped
public class RemittanceClient {

    private final RemittanceRestClient rest;

    public RemittanceClient(@RestClient RemittanceRestClient rest) {
        this.rest = rest;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @Bulkhead(value = 64)
    public Uni<Page<Indicator>> catalogue(PageRequest page) {
        return rest.catalogue(page.page, page.size);
    }
}
