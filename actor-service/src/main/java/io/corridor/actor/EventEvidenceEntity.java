package io.corridor.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What shows an event took place: an annotation (by IRI) on a document, and the quote it marks. */
@Entity(name = "EventEvidence")
@Table(name = "event_evidence")
public class EventEvidenceEntity {

    @Id
    @SequenceGenerator(name = "event_evidence_seq", sequenceName = "event_evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_evidence_seq")
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    public String annotation;
    public String document;
    public String quote;
}
