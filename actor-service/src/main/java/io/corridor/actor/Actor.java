package io.corridor.actor;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Someone or something that acts in migration governance: a state, a ministry, a diaspora council, a person. */
@Entity
public class Actor {

    @Id
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    public Long id;

    @Column(nullable = false)
    @Convert(converter = ActorKindConverter.class)
    public ActorKind kind;

    @Column(nullable = false)
    public String name;

    /** ISO 3166-1 alpha-3. */
    public String country;

    @Column(nullable = false)
    @Convert(converter = ActorStatusConverter.class)
    public ActorStatus status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
