package io.corridor.actor;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An entry whose dates may be uncertain: beside the partial dates of {@link Registered} (year or month precision),
 * the earliest and latest days it may have begun or taken place, as the sources allow.
 */
@MappedSuperclass
public abstract class Bounded extends Registered {

    /** Uncertainty: no earlier than this day. */
    @Column(name = "not_before")
    public LocalDate notBefore;

    /** Uncertainty: no later than this day. */
    @Column(name = "not_after")
    public LocalDate notAfter;
}
