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

/**
 * An entry of the registry: someone or something that acts in migration governance (a state, a
 * ministry, a diaspora council, a person), or a policy instrument they act on. Names live in
 * {@link ActorName}; an entry merged into another keeps its row so its id can redirect.
 */
@Entity
public class Actor {

    @Id
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    public Long id;

    /** actor or instrument, always the family of {@link #kind}. */
    @Column(nullable = false)
    public String family;

    @Column(nullable = false)
    @Convert(converter = ActorKindConverter.class)
    public ActorKind kind;

    /** A client's own stable identifier (for example a corpus key), unique when present. */
    @Column(name = "external_key")
    public String key;

    /** The display name, also stored as a preferred name in {@link ActorName}. */
    @Column(nullable = false)
    public String name;

    /** ISO 639 language of {@link #name}. */
    public String language;

    /** ISO 3166-1 alpha-3. */
    public String country;

    public String description;

    @Column(name = "start_date")
    public String startDate;
    @Column(name = "start_from")
    public LocalDate startFrom;
    @Column(name = "end_date")
    public String endDate;
    @Column(name = "end_to")
    public LocalDate endTo;

    public String wikidata;
    public String isni;
    public String viaf;

    @Column(nullable = false)
    @Convert(converter = StatusConverter.class)
    public Status status;

    /** The survivor this entry was merged into; its id then answers 308 there. */
    @Column(name = "merged_into")
    public Long mergedInto;

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
