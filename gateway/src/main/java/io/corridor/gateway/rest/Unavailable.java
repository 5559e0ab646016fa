package io.corridor.gateway.rest;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.corridor.support.problem.Problem;
import io.corridor.support.problem.Problems;

/**
 * A service that cannot be reached, is too slow, or sits behind an open circuit makes the gateway
 * answer 503 with {@code Retry-After}: the client's request was fine and may be tried again.
 */
public class Unavailable {

    private static final Logger LOG = Logger.getLogger(Unavailable.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, UriInfo uri) {
        LOG.warnf("service unreachable for %s: %s", uri.getPath(), e.getMessage());
        return unavailable("a service behind the gateway cannot be reached", uri);
    }

    /** Reactive clients report refused or reset connections as plain I/O errors. */
    @ServerExceptionMapper
    public Response connectionFailed(IOException e, UriInfo uri) {
        LOG.warnf("service connection failed for %s: %s", uri.getPath(), e.getMessage());
        return unavailable("a service behind the gateway cannot be reached", uri);
    }

    @ServerExceptionMapper
    public Response timeout(TimeoutException e, UriInfo uri) {
        return unavailable("a service behind the gateway did not answer in time", uri);
    }

    @ServerExceptionMapper
    public Response circuitOpen(CircuitBreakerOpenException e, UriInfo uri) {
        return unavailable("a service behind the gateway is failing; calls to it are paused", uri);
    }

    @ServerExceptionMapper
    public Response saturated(BulkheadException e, UriInfo uri) {
        return unavailable("a service behind the gateway is saturated", uri);
    }

    private static Response unavailable(String detail, UriInfo uri) {
        Problem problem = new Problem(Problems.type("service-unavailable"), "Service Unavailable", 503, detail,
                uri.getPath(), List.of());
        return Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS).type(Problem.MEDIA_TYPE)
                .entity(problem).build();
    }
}
