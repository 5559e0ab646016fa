package io.corridor.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corridor.gateway.api.Actor;
import io.corridor.gateway.api.ActorDraft;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's only way to the actor-service. Reads retry; writes do not, since a retried
 * registration could create the actor twice.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = ProblemException.class)
@Bulkhead(value = 64)
public class ActorClient {

    private final ActorRestClient rest;

    public ActorClient(@RestClient ActorRestClient rest) {
        this.rest = rest;
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Page<Actor>> list(PageRequest page) {
        return rest.list(page.page, page.size);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Actor> get(long id) {
        return rest.get(id);
    }

    public Uni<Actor> register(ActorDraft draft) {
        return rest.register(draft);
    }
}
