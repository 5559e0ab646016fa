package io.corridor.actor;

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
public class EventEntity extends Bounded {

    @Id
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    public Long id;

    /** An {@link EventKind} code. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    public String place;

    public String description;
}
