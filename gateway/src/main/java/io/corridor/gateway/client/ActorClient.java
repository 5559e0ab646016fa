package io.corridor.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corridor.gateway.api.Actor;
import io.corridor.gateway.api.Mention;
import io.corridor.gateway.api.MentionRequest;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's only way to the actor-service. Reads retry; writes do not, since a retried
 * registration could create the actor twice. Mention detection reads only, so it retries too.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = ProblemException.class)
@Bulkhead(value = 64)
public class ActorClient {

    /** Filters of an actor listing; null means any. ids are passed on as sent (the actor-service parses and caps them). */

    /** Ids one batch read takes: the actor-service's cap, which is also its largest page. */
    public static final int BATCH = PageRequest.MAX_SIZE;

    private final ActorRestClient rest;

    public ActorClient(@RestClient ActorRestClient rest) {
        this.rest = rest;
    }

    /**
     * The actors these ids name, in one call (the actor-service's batch read, up to {@link #BATCH} ids): a
     * merged id stands for its survivor, an unknown one for nothing.
     */
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<List<Actor>> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String joined = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return rest.list(List.of(joined), null, null, null, null, null, null, 0, BATCH).map(Page::items);
    }

    /** The raw answer: an actor with its ETag, or a 308 to the survivor of a merge. */
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Response> get(long id) {
        return rest.get(id);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Response> relationsOf(long id, String at, String from, String to, String predicate) {
        return rest.relationsOf(id, at, from, to, predicate);
    }

    /** Reads the texts of the documents the caller may see on a first call, hence the longer timeout. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Response> timeline(long id) {
        return rest.timeline(id);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Response> network(long id, int depth, String at, String format) {
        return rest.network(id, depth, at, format);
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = ProblemException.class)
    public Uni<List<Mention>> mentions(MentionRequest request) {
        return rest.mentions(request);
    }
}
