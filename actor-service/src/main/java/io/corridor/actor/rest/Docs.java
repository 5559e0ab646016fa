package io.corridor.actor.rest;

import io.corridor.actor.api.Patterns;

/**
 * Wording the registry's operations share in the OpenAPI document, which the gateway publishes as the public
 * contract: written once so that the same answer reads the same everywhere.
 */
final class Docs {

    static final String PARTIAL_DATE = Patterns.PARTIAL_DATE_TEXT;
    static final String PERIOD = "at: in force at some moment of that partial date (2009-06); from/to: overlapping "
            + "that period. Unknown starts and ends count as open.";
    static final String IF_MATCH = "The ETag read last";
    static final String IF_MATCH_OPTIONAL = "The ETag read last; when sent, 412 if the entry changed since";
    static final String ETAG = "The version of the entry, to send back in If-Match";
    static final String LOCATION = "Path of the new entry";

    static final String MERGED = "Merged into another actor: Location names the survivor";
    static final String MERGED_RESOURCE = "Merged into another actor: Location names the same resource of the survivor";
    static final String SURVIVOR = "Path of the same resource on the survivor, query included";

    static final String DONE = "Done; ETag carries the new version";
    static final String KEY_TAKEN = "The key is taken by another actor";
    static final String ACTOR_RULE = "Refused by a rule of the registry; errors name the field (end before start, merge "
            + "into itself or into a merged actor)";
    static final String RELATION_RULE = "Refused by a rule of the registry; errors name the field (unknown or merged "
            + "actor, self relation, end before start, part_of cycle)";

    static final String POST_RULE = "Refused by a rule of the registry; errors name the field (an organization that is no "
            + "live actor, end before start, bounds out of order, evidence naming a statement posts do not have, a held post "
            + "moved to another organization)";
    static final String EVENT_RULE = "Refused by a rule of the registry; errors name the field (end before start, bounds "
            + "out of order, a participant, onBehalfOf or instrument that is no live entry of its family)";

    private Docs() {
    }
}
