package io.corridor.actor.api;

import java.time.LocalDate;

/** A draft whose start may be uncertain: the days it began no earlier and no later than, sent as text (see {@link Days}). */
public interface Uncertain {

    String notBefore();

    String notAfter();

    default LocalDate notBeforeDay() {
        return Days.parse("notBefore", notBefore());
    }

    default LocalDate notAfterDay() {
        return Days.parse("notAfter", notAfter());
    }
}
