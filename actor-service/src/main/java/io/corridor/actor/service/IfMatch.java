package io.corridor.actor.service;

import java.util.Arrays;
import java.util.List;

import io.corridor.support.concurrency.EntityTag;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * If-Match on a change of the registry: the ETag read last. "*" matches any version (RFC 9110), so a client that
 * sends it overwrites what it never read, the lost update If-Match is here to prevent: refused as no If-Match at
 * all (428), on every conditional change of actors and relations.
 */
final class IfMatch {

    private IfMatch() {
    }

    static void require(String ifMatch, long version) {
        refuseAnyVersion(ifMatch);
        EntityTag.require(ifMatch, version);
    }

    static void requireIfSent(String ifMatch, long version) {
        refuseAnyVersion(ifMatch);
        EntityTag.requireIfSent(ifMatch, version);
    }

    private static void refuseAnyVersion(String ifMatch) {
        if (ifMatch != null && Arrays.stream(ifMatch.split(",")).anyMatch(tag -> tag.strip().equals("*"))) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "If-Match * names no version: send the ETag read last", List.of(Violation.field("If-Match", "*",
                            "must be the ETag read last, not *")));
        }
    }
}
