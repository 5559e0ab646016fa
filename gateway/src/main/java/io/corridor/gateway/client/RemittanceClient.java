package io.corridor.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corridor.gateway.api.Claim;
import io.corridor.gateway.api.Observation;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's only way to the remittance-service. Reads retry; writes do not (a claim check is
 * a read even though it is a POST). Imports get a long timeout and a small bulkhead of their own:
 * a large file takes minutes, and a few concurrent imports are enough.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = ProblemException.class)
@Bulkhead(value = 64)
public class RemittanceClient {

    private final RemittanceRestClient rest;

    public RemittanceClient(@RestClient RemittanceRestClient rest) {
        this.rest = rest;
    }

    /** The filters of an observation listing, passed on as given (the service checks them). */
    public record ObservationQuery(String country, String counterpart, String from, String to, String sex, String asOf,
            String kind, String source, int page, int size) {
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Page<Observation>> observations(String code, ObservationQuery q) {
        return rest.observations(code, q.country(), q.counterpart(), q.from(), q.to(), q.sex(), q.asOf(), q.kind(),
                q.source(), q.page(), q.size());
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Page<Claim>> claims(String document, PageRequest page) {
        return rest.claims(document, page.page, page.size);
    }
}
