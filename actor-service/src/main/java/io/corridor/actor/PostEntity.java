package io.corridor.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * A Popolo post: a position in an organization that exists whether or not anyone holds it ("Ministre des Maliens de
 * l'extérieur"). Its holders over time are the relations that name it; its own dates are when the post existed.
 */
@Entity(name = "Post")
public class PostEntity extends Bounded {

    @Id
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    public Long id;

    /** The organization the post is in. */
    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(nullable = false)
    public String label;

    /** The function its holder fulfils, as Popolo's role ("ministre"). */
    public String role;

    public String description;
}
