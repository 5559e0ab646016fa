package io.corridor.support.problem;

import java.util.List;

/**
 * Thrown by business code to answer with a specific problem. The mapper turns it into
 * {@code application/problem+json}; nothing else is needed at the call site.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ProblemException(int status, String slug, String title, String detail, List<Violation> violations) {
        this(new Problem(Problems.type(slug), title, status, detail, null, List.copyOf(violations)));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + " " + message,
                List.of(Violation.field(field, message)));
    }

    /** A 400 naming every field at fault; the detail joins them ("size must be ...; page must be ..."). */
    public static ProblemException invalid(List<Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).reduce((x, y) -> x + "; " + y)
                .orElse("invalid request");
        return new ProblemException(400, "validation", "Invalid request", detail, violations);
    }

    public static ProblemException unprocessable(String detail, List<Violation> violations) {
        return new ProblemException(422, "unprocessable", "Unprocessable content", detail, violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of());
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "this change needs an If-Match header with the current ETag", List.of(Violation.field("If-Match", "is required")));
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(412, "precondition-failed", "Precondition failed",
                "the resource changed since it was read: fetch it again and retry with its new ETag",
                List.of(Violation.field("If-Match", "does not match the current ETag")));
    }

    public Problem toProblem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
