package io.corridor.document.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Strict request media types for every operation of the service, before any resource runs: a body
 * without a Content-Type is refused (JAX-RS would otherwise pick an operation for it anyway), and so
 * is a JSON body in a charset other than UTF-8, which the resources would misread as UTF-8 (RFC 8259
 * makes JSON UTF-8). Both 415 naming Content-Type.
 */
public class RequestMediaTypes {

    static final String UTF_8 = "UTF-8";

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String sent = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (sent == null || sent.isBlank()) {
            if (hasBody(request)) {
                throw unsupported("is required: send the body with its media type", null);
            }
            return;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(sent);
        } catch (IllegalArgumentException e) {
            throw unsupported("is not a media type", sent);
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        boolean json = subtype.equals("json") || subtype.endsWith("+json");
        if (json && charset != null && !charset.strip().replace("\"", "").equalsIgnoreCase(UTF_8)) {
            throw unsupported("must say charset=UTF-8 or no charset: JSON is UTF-8 (RFC 8259)", sent);
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.strip().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    private static ProblemException unsupported(String message, String sent) {
        return new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                HttpHeaders.CONTENT_TYPE + " " + message,
                List.of(sent == null ? Violation.field(HttpHeaders.CONTENT_TYPE, message)
                        : Violation.field(HttpHeaders.CONTENT_TYPE, sent, message)));
    }
}
