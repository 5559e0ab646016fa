package io.corridor.actor.api;

import io.corridor.support.time.PartialDate;

/**
 * Shapes of values the registry checks by hand or through shared types, declared as patterns in the OpenAPI
 * document so that clients see the same rule.
 */
public final class Patterns {

    /** An ISO 3166-1 alpha-3 code as {@code @Country} accepts it. */
    public static final String COUNTRY = "^[A-Z]{3}$";

    /**
     * A {@link PartialDate}. A draft declares it inline rather than by reference, so that it
     * may also be null: OpenAPI 3.0 cannot make a reference nullable.
     */
    public static final String PARTIAL_DATE = PartialDate.PATTERN;
    public static final String PARTIAL_DATE_TEXT = PartialDate.DESCRIPTION;

    private Patterns() {
    }
}
