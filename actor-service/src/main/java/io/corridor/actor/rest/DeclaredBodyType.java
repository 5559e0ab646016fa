package io.corridor.actor.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * A body must be sent as the media type its operation declares. Quarkus REST took a body sent as "*&#47;*" or none (what
 * REST Assured sends for a body without a type) for JSON and stored it (issue #20's hostile-input test): a client
 * that does not say what it sends is refused with a 415 naming the type to send, before the body is read.
 */
public class DeclaredBodyType {

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
        throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type", HttpHeaders.CONTENT_TYPE + " " + message,
                List.of(Violation.field(HttpHeaders.CONTENT_TYPE, message)));
    }
}
