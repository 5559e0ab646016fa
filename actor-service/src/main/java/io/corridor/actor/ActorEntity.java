package io.corridor.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * An entry of the registry: someone or something that acts in migration governance (a state, a
 * ministry, a diaspora council, a person), or a policy instrument they act on. Names live in
 * {@link ActorName}; an entry merged into another keeps its row so its id can redirect. The API shows it
 * as the record Actor of the api package, which takes the public name; queries still say Actor.
 */
@Entity(name = "Actor")
public class ActorEntity extends Bounded {

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

    public String wikidata;
    public String isni;
    public String viaf;

    /** The survivor this entry was merged into; its id then answers 308 there. */
    @Column(name = "merged_into")
    public Long mergedInto;
}
