package io.corridor.gateway.view;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import io.corridor.gateway.api.ViewDegradation;
import io.corridor.support.problem.Problem;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Problems;
import io.smallrye.mutiny.Uni;

/**
 * The parts of one composite view being fetched. A part that fails becomes null and a degradation
 * naming it, so that the view answers with what it has; the parts run concurrently, hence the
 * concurrent queue.
 */
final class ViewParts {

    private static final Logger LOG = Logger.getLogger(ViewParts.class);

    private final Queue<ViewDegradation> degraded = new ConcurrentLinkedQueue<>();

    /** The part's value, or null (and a degradation) when its call fails for whatever reason. */
    <T> Uni<T> guard(String part, String service, Uni<T> call) {
        return call.onFailure().recoverWithItem(failure -> {
            degrade(part, service, failure);
            return null;
        });
    }

    void degrade(String part, String service, Throwable failure) {
        ViewDegradation d = degradation(part, service, failure);
        LOG.debugf("view part %s degraded: %s %s", part, d.status(), d.detail());
        degraded.add(d);
    }

    /** In a stable order (by part), whatever order the parts failed in. */
    List<ViewDegradation> degraded() {
        return degraded.stream().sorted(Comparator.comparing(ViewDegradation::part)).toList();
    }

    static ViewDegradation degradation(String part, String service, Throwable failure) {
        if (failure instanceof ProblemException p) {
            Problem problem = p.toProblem();
            return new ViewDegradation(part, service, problem.type(), problem.title(), problem.status(), problem.detail());
        }
        String detail;
        if (failure instanceof TimeoutException) {
            detail = "the " + service + " did not answer in time";
        } else if (failure instanceof CircuitBreakerOpenException) {
            detail = "the " + service + " is failing; calls to it are paused";
        } else if (failure instanceof BulkheadException) {
            detail = "the " + service + " is saturated";
        } else if (unreachable(failure)) {
            detail = "the " + service + " cannot be reached";
        } else {
            // A bug or an unreadable answer: logged in full here, summarised to the client.
            LOG.warnf(failure, "view part %s failed", part);
            return new ViewDegradation(part, service, Problems.type("bad-gateway"), "Bad Gateway", 502,
                    "the " + service + " gave an answer the gateway could not use");
        }
        return new ViewDegradation(part, service, Problems.type("service-unavailable"), "Service Unavailable", 503, detail);
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof IOException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }
}
