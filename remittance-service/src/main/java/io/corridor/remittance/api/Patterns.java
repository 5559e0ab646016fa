package io.corridor.remittance.api;

/**
 * Shapes of the values this service answers with, declared as patterns in the OpenAPI document: what requests may
 * spell in several ways is answered in one canonical form.
 */
public final class Patterns {

    /** An area as {@link Areas#canonical} answers it: ISO 3166-1 alpha-3 or a World Bank area code. */
    public static final String AREA = "^[A-Z]{3}$";

    /** A {@link Period} as it normalizes one: 2023, 2023-Q1, 2023-01, 2002/2008 or 1990s. */
    public static final String PERIOD = "^(\\d{4}(-Q[1-4]|-\\d{2}|/\\d{4})?|\\d{3}0s)$";

    private Patterns() {
    }
}
