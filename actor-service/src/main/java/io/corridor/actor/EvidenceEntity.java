package io.corridor.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** What backs a relation: an annotation (by IRI) on a document, and the quote it marks. */
@Entity(name = "Evidence")
public class EvidenceEntity {

    @Id
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    public Long id;

    @Column(name = "relation_id", nullable = false)
    public Long relationId;

    public String annotation;
    public String document;
    public String quote;
}
