package io.corridor.support.problem;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * The problems of a media type no operation takes (415) or none can give (406), in words a client can act
 * on: Quarkus's own say "did not match the value in @Consumes". The operation's accepted and offered types
 * are in the OpenAPI document, which the detail points to.
 */
final class MediaTypes {

    private MediaTypes() {
    }

    static Problem refused(int status, HttpHeaders headers) {
        if (status == 415) {
            String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            String message = sent == null || sent.isBlank() ? "is required: send the body with its media type"
                    : "'" + sent + "' is not a media type this operation accepts";
            return new Problem(Problems.type("unsupported-media-type"), "Unsupported Media Type", 415,
                    HttpHeaders.CONTENT_TYPE + " " + message + " (see the operation's requestBody in the OpenAPI document)",
                    null, List.of(Violation.field(HttpHeaders.CONTENT_TYPE, message)));
        }
        String accept = String.valueOf(headers.getHeaderString(HttpHeaders.ACCEPT));
        String message = "'" + accept + "' names no media type this operation answers with";
        return new Problem(Problems.type("not-acceptable"), "Not Acceptable", 406,
                HttpHeaders.ACCEPT + " " + message + " (see the operation's responses in the OpenAPI document)", null,
                List.of(Violation.field(HttpHeaders.ACCEPT, message)));
    }
}
