package io.corridor.support.input;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Strict request media types for every operation of every service: a body without a Content-Type is
 * refused before any resource runs (JAX-RS would otherwise pick an operation for it anyway), and so is a
 * JSON body in a charset other than UTF-8, which the resources would misread as UTF-8 (RFC 8259 makes JSON
 * UTF-8); once the operation is known, a body must be of a type it declares: Quarkus REST took one sent as
 * "*&#47;*" (what REST Assured sends for a body without a type) for JSON and stored it. All 415 naming
 * Content-Type and the type to send.
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

    @ServerRequestFilter
    public void requireDeclaredType(ContainerRequestContext request, ResourceInfo resource) {
        Consumes consumes = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            return;
        }
        List<MediaType> declared = Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> MediaType.valueOf(v.strip())).toList();
        if (declared.stream().anyMatch(MediaType::isWildcardType)) {
            return; // the operation reads any type
        }
        MediaType sent = request.getMediaType();
        // "*/*" names no type (REST Assured sends it for a body of none), yet is compatible with every one
        if (sent != null && !sent.isWildcardType() && !sent.isWildcardSubtype()
                && declared.stream().anyMatch(d -> d.isCompatible(sent))) {
            return;
        }
        String accepted = String.join(", ", declared.stream().map(MediaType::toString).toList());
        String message = sent == null ? "is required: send the body as " + accepted
                : "'" + sent + "' is not a media type this operation accepts: send " + accepted;
        throw unsupported(message, sent == null ? null : sent.toString());
    }
}
