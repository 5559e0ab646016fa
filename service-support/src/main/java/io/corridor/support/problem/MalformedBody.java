package io.corridor.support.problem;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A request body that Quarkus REST's multipart parser cannot read (no closing boundary, no multipart message
 * at all) is the client's mistake: 400 naming the body. The parser reports it as a plain IOException, the
 * same type a refused downstream connection has, so {@link Unavailable} asks here first.
 */
final class MalformedBody {

    /** Where Quarkus REST reads multipart bodies. */
    private static final String PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";
    static final String MESSAGE = "is not a well-formed multipart/form-data message (RFC 7578): parts between boundaries, "
            + "then the closing boundary";

    private MalformedBody() {
    }

    static boolean isMalformedMultipart(IOException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith(PARSER)) {
                return true;
            }
        }
        return false;
    }

    static Response answer(UriInfo uri) {
        return Problems.response(new Problem(Problems.type("malformed-body"), "Malformed request body", 400,
                "body " + MESSAGE, uri.getPath(), List.of(Violation.field("body", MESSAGE))));
    }
}
