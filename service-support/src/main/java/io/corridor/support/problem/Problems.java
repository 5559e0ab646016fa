package io.corridor.support.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem documents and responses with the {@code application/problem+json} media type. */
public final class Problems {

    private Problems() {
    }

    /** Problem types are URNs: stable identifiers that need no web site to exist. */
    public static String type(String slug) {
        return "urn:corridor:problem:" + slug;
    }

    public static Problem of(int status, String detail) {
        return new Problem(status >= 500 ? type("server-error") : "about:blank", reason(status), status, detail, null,
                List.of());
    }

    public static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> "HTTP " + status;
        };
    }

    /** The response of a problem; a 503 always says when to come back ({@code Retry-After}). */
    public static Response response(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header("Retry-After", Unavailable.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
