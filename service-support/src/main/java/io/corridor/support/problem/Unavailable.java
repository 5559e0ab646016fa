package io.corridor.support.problem;

import java.io.IOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.List;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one translation of a downstream failure: a service this one needs cannot be reached, is too slow, is
 * saturated or sits behind an open circuit. The caller's request was fine and may be tried again, so the answer
 * is 503 {@value #TYPE_SLUG} with {@code Retry-After} (which {@link Problems#response} puts on every 503).
 * Client wrappers that give up after their retries throw {@link #because(String)} for the same answer.
 * <p>
 * The fault-tolerance exceptions come from the MicroProfile Fault Tolerance API alone (a dependency of this
 * module), so these mappers load in every application, whether it runs the fault-tolerance extension or not.
 */
public class Unavailable {

    public static final String TYPE_SLUG = "service-unavailable";
    public static final String TITLE = "Service Unavailable";
    /** Seconds a client should wait: about the time a circuit stays open. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = Logger.getLogger(Unavailable.class);

    /** The 503 problem of a downstream failure, for a client wrapper to throw once its retries are spent. */
    public static ProblemException because(String detail) {
        return new ProblemException(problem(detail));
    }

    public static Problem problem(String detail) {
        return new Problem(Problems.type(TYPE_SLUG), TITLE, 503, detail, null, List.of());
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, UriInfo uri) {
        LOG.warnf("service unreachable for %s: %s", uri.getPath(), e.getMessage());
        return unavailable("a service this one needs cannot be reached", uri);
    }

    /**
     * Reactive clients report refused or reset connections as plain I/O errors; so does the multipart parser
     * reading a malformed request body, which is the client's mistake ({@link MalformedBody}). Any other I/O
     * error reaching the REST layer is this server's own failure, answered as such.
     */
    @ServerExceptionMapper
    public Response connectionFailed(IOException e, UriInfo uri) {
        if (MalformedBody.isMalformedMultipart(e)) {
            return MalformedBody.answer(uri);
        }
        if (!isConnectionFailure(e)) {
            return ProblemMappers.unexpectedFailure(e, uri);
        }
        LOG.warnf("service connection failed for %s: %s", uri.getPath(), e.getMessage());
        return unavailable("a service this one needs cannot be reached", uri);
    }

    @ServerExceptionMapper
    public Response timeout(TimeoutException e, UriInfo uri) {
        return unavailable("a service this one needs did not answer in time", uri);
    }

    @ServerExceptionMapper
    public Response circuitOpen(CircuitBreakerOpenException e, UriInfo uri) {
        return unavailable("a service this one needs is failing; calls to it are paused", uri);
    }

    @ServerExceptionMapper
    public Response saturated(BulkheadException e, UriInfo uri) {
        return unavailable("a service this one needs is saturated", uri);
    }

    static boolean isConnectionFailure(IOException e) {
        // Netty's native transports report a reset connection with an IOException of their own.
        return e instanceof SocketException || e instanceof UnknownHostException || e instanceof ClosedChannelException
                || e.getClass().getName().startsWith("io.netty.");
    }

    private static Response unavailable(String detail, UriInfo uri) {
        return Problems.response(problem(detail).withInstance(uri.getPath()));
    }
}
