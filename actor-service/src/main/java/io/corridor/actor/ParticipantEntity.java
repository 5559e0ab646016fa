package io.corridor.actor;

import java.util.Collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An actor at an event, in a role, possibly on another's behalf (Popolo's on_behalf_of). */
@Entity(name = "Participant")
@Table(name = "event_participant")
public class ParticipantEntity {

    @Id
    @SequenceGenerator(name = "event_participant_seq", sequenceName = "event_participant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_participant_seq")
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(name = "actor_id", nullable = false)
    public Long actorId;

    public String role;

    @Column(name = "on_behalf_of")
    public Long onBehalfOf;

    /** Adds the actors this participation names (the participant, whom it acted for) to {@code into}. */
    public void addNamed(Collection<Long> into) {
        into.add(actorId);
        if (onBehalfOf != null) {
            into.add(onBehalfOf);
        }
    }
}
