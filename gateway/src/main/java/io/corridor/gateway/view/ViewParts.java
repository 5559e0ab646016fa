package io.corridor.gateway.view;

import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jboss.logging.Logger;

import io.corridor.gateway.api.ViewDegradation;
import io.corridor.support.problem.Problem;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Problems;
import io.smallrye.mutiny.Uni;

/**
 * The parts of one composite view being fetched. A part that fails becomes null and a degradation naming it, so that
 * the view answers with what it has; the parts run concurrently, hence the concurrent queue.
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

    /**
     * The service's problem, or the gateway's 503 when it could not be reached (client/ServiceCalls says which):
     * any other failure is a bug of the view, logged in full here and summarised to the client.
     */
    void degrade(String part, String service, Throwable failure) {
        ViewDegradation d;
        if (failure instanceof ProblemException p) {
            Problem problem = p.toProblem();
            d = new ViewDegradation(part, service, problem.type(), problem.title(), problem.status(), problem.detail());
        } else {
            LOG.warnf(failure, "view part %s failed", part);
            d = new ViewDegradation(part, service, Problems.type("bad-gateway"), "Bad Gateway", 502,
                    "the " + service + " gave an answer the gateway could not use");
        }
        LOG.debugf("view part %s degraded: %s %s", part, d.status(), d.detail());
        degraded.add(d);
    }

    /** In a stable order (by part), whatever order the parts failed in. */
    List<ViewDegradation> degraded() {
        return degraded.stream().sorted(Comparator.comparing(ViewDegradation::part)).toList();
    }
}
