package io.corridor.actor;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * What backs a statement: a quote in a document (with the annotation marking it) or an import, for a relation, an
 * event, a post or one attribute of an actor (exactly one owner). It was seen first and last at given times, carries
 * a rank and supports or contradicts what it backs.
 */
@Entity(name = "Evidence")
public class EvidenceEntity {

    @Id
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    public Long id;

    @Column(name = "relation_id")
    public Long relationId;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "post_id")
    public Long postId;

    /** The statement of its owner it backs (an actor's country, a name...); none: the whole owner. */
    public String property;

    /** The value backed, where the property has several (one alias among others). */
    public String value;

    public String annotation;
    public String document;
    public String quote;

    /** The import it came from (a file, a dataset, a URL), when not from a quote. */
    @Column(name = "import")
    public String imported;

    @Column(name = "first_seen", nullable = false)
    public OffsetDateTime firstSeen;

    @Column(name = "last_seen", nullable = false)
    public OffsetDateTime lastSeen;

    /** preferred, normal or deprecated. */
    @Column(nullable = false)
    public String rank;

    /** supports or contradicts. */
    @Column(nullable = false)
    public String stance;
}
