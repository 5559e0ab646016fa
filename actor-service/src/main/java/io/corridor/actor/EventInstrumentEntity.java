package io.corridor.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A policy instrument an event negotiated, signed, adopted, discussed or reviewed. */
@Entity(name = "EventInstrument")
@Table(name = "event_instrument")
public class EventInstrumentEntity {

    @Id
    @SequenceGenerator(name = "event_instrument_seq", sequenceName = "event_instrument_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_instrument_seq")
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(name = "instrument_id", nullable = false)
    public Long instrumentId;

    @Column(nullable = false)
    public String action;
}
