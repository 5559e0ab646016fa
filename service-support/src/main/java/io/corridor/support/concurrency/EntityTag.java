package io.corridor.support.concurrency;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Optimistic concurrency over HTTP (RFC 9110): a resource's version number is its strong ETag,
 * and a change must name it in If-Match. A missing header answers 428, a stale one 412.
 */
public final class EntityTag {

    private EntityTag() {
    }

    /** The ETag header value of a resource at this version: {@code "7"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an If-Match header against the current version.
     *
     * @throws ProblemException 428 when the header is missing or is the wildcard, 412 when it names another version
     */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String current = of(currentVersion);
        boolean matched = false;
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                // "*" matches whatever is there now (RFC 9110): it would bypass the lost-update check it stands for,
                // wherever it stands in the list.
                throw new ProblemException(428, "precondition-required", "Precondition required",
                        "If-Match: * matches any version: send the ETag of the version you changed",
                        java.util.List.of(Violation.field("If-Match", "must be the current ETag, not *")));
            }
            matched |= tag.equals(current);
        }
        if (matched) {
            return;
        }
        throw ProblemException.preconditionFailed();
    }

    /** Like {@link #require} where If-Match is optional: checked only when the client sent one. */
    public static void requireIfSent(String ifMatch, long currentVersion) {
        if (ifMatch != null) {
            require(ifMatch, currentVersion);
        }
    }
}
