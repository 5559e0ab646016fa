package io.corridor.document.service;

import java.util.List;

import io.corridor.support.concurrency.EntityTag;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * The If-Match check of every ETag-protected write of this service. {@code *} matches any current
 * revision (RFC 9110), so it would let a client overwrite a change it never saw: here it counts as
 * no ETag at all, 428, like a missing header; then the shared check (428 missing, 412 stale).
 */
final class IfMatch {

    private IfMatch() {
    }

    static void require(String ifMatch, long revision) {
        if (ifMatch != null) {
            for (String candidate : ifMatch.split(",")) {
                if (candidate.strip().equals("*")) {
                    throw new ProblemException(428, "precondition-required", "Precondition required",
                            "If-Match: * protects nothing against lost updates: send the ETag read last",
                            List.of(Violation.field("If-Match", "*", "must be a concrete ETag, not *")));
                }
            }
        }
        EntityTag.require(ifMatch, revision);
    }
}
