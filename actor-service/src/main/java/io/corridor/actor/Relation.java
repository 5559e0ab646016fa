package io.corridor.actor;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** subject — predicate → object, from start to end, backed by {@link Evidence}. */
@Entity
public class Relation {

    @Id
    @SequenceGenerator(name = "relation_seq", sequenceName = "relation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relation_seq")
    public Long id;

    @Column(name = "subject_id", nullable = false)
    public Long subjectId;

    /** A {@link Predicate} code. */
    @Column(nullable = false)
    public String predicate;

    @Column(name = "object_id", nullable = false)
    public Long objectId;

    /** The Popolo post or role of a membership: "président", "conseiller technique". */
    public String role;

    @Column(name = "start_date")
    public String startDate;
    @Column(name = "start_from")
    public LocalDate startFrom;
    @Column(name = "end_date")
    public String endDate;
    @Column(name = "end_to")
    public LocalDate endTo;

    @Column(nullable = false)
    public double confidence;

    @Column(nullable = false)
    @Convert(converter = StatusConverter.class)
    public Status status;

    @Version
    public long version;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
