package io.corridor.actor;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * Something that happened at a date or over a span: a negotiation round, a summit, a high-level dialogue. Its
 * participants, instruments and evidence live in their own tables; dates, status, version and audit as every entry.
 */
@Entity(name = "Event")
public class EventEntity extends Registered {

    @Id
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    public Long id;

    /** An {@link EventKind} code. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    /** Uncertainty: it took place no earlier than this day. */
    @Column(name = "not_before")
    public LocalDate notBefore;

    /** Uncertainty: it took place no later than this day. */
    @Column(name = "not_after")
    public LocalDate notAfter;

    public String place;

    public String description;
}
