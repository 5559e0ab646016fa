package io.corridor.document.rest;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.corridor.support.problem.Problem;
import io.corridor.support.problem.Unavailable;
import io.corridor.support.problem.Problems;
import io.corridor.support.problem.Violation;

/**
 * A multipart upload (documents, versions) whose body Quarkus REST's multipart parser cannot read (no
 * closing boundary, a body that is no multipart message at all) is the client's mistake: 400 naming
 * the body. The parser reports it as an IOException, which service-support's {@link Unavailable} would
 * answer as this server's own failure (500); this mapper goes first for IOExceptions and hands every
 * other one to it.
 */
public class MalformedMultipart {

    /** Where Quarkus REST reads multipart bodies. */
    static final String PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";
    static final String MESSAGE = "is not a well-formed multipart/form-data message (RFC 7578): parts between boundaries, "
            + "then the closing boundary";

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response malformed(IOException e, UriInfo uri) {
        if (fromMultipartParser(e)) {
            return Problems.response(new Problem(Problems.type("malformed-body"), "Malformed request body", 400,
                    "body " + MESSAGE, uri.getPath(), List.of(Violation.field("body", MESSAGE))));
        }
        return new Unavailable().connectionFailed(e, uri);
    }

    private static boolean fromMultipartParser(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith(PARSER)) {
                return true;
            }
        }
        return false;
    }
}
