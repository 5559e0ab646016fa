package io.corridor.document.client;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Unavailable;
import io.smallrye.mutiny.Uni;

/**
 * The document-service's only way to the actor-service: mention detection over a text. It only
 * reads, so it retries; a refusal there (4xx) is a problem here that neither retries nor counts
 * against the circuit; whatever else fails (refused connection, timeout, 5xx, open circuit) is
 * service-support's one 503 problem ({@link Unavailable}) once retries are spent.
 */
@ApplicationScoped
public class ActorMentions {

    /** The largest text the actor-service takes in a request (its MentionRequest limit, in UTF-16 units). */
    static final int MAX_TEXT = 5_000_000;

    private final MentionRestClient rest;

    public ActorMentions(@RestClient MentionRestClient rest) {
        this.rest = rest;
    }

    /**
     * The mentions of actors in the text of a document's latest version. The text is sent when it
     * fits in a request, so the offsets are those of exactly this text; a longer one is read by
     * the actor-service from us by document id.
     */
    public Uni<List<Mention>> detect(long documentId, String text) {
        MentionRequest request = text.length() <= MAX_TEXT ? new MentionRequest(text, null) : new MentionRequest(null, documentId);
        return call(request).onFailure().transform(ActorMentions::unavailable);
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @Bulkhead(value = 8)
    Uni<List<Mention>> call(MentionRequest request) {
        return rest.detect(request).onFailure().transform(ActorMentions::translate);
    }

    private static Throwable translate(Throwable e) {
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status == 401) {
                return new ProblemException(401, "unauthenticated", "Unauthorized", "the actor-service refused the token",
                        List.of());
            }
            if (status == 403) {
                return new ProblemException(403, "forbidden", "Forbidden",
                        "the actor-service does not let the caller detect mentions", List.of());
            }
            if (status < 500) {
                return new ProblemException(502, "bad-gateway", "Bad Gateway",
                        "the actor-service answered " + status + " to mention detection", List.of());
            }
        }
        return e; // 5xx, refused connections and timeouts: worth a retry
    }

    private static Throwable unavailable(Throwable e) {
        return e instanceof ProblemException ? e : Unavailable.because("the actor-service's mention detection could not be reached");
    }
}
