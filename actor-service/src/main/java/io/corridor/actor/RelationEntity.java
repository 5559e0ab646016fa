package io.corridor.actor;

import java.util.Collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** subject — predicate → object, from start to end, backed by {@link EvidenceEntity}. */
@Entity(name = "Relation")
public class RelationEntity extends Bounded {

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

    @Column(nullable = false)
    public double confidence;

    /** The post held, when the membership is to one: a post of the object. */
    @Column(name = "post_id")
    public Long postId;

    /** Popolo on_behalf_of: whom the subject represents there (a party, a state). */
    @Column(name = "on_behalf_of")
    public Long onBehalfOf;

    /** Adds the actors this relation names (subject, object, whom the subject represents) to {@code into}. */
    public void addNamed(Collection<Long> into) {
        into.add(subjectId);
        into.add(objectId);
        if (onBehalfOf != null) {
            into.add(onBehalfOf);
        }
    }
}
