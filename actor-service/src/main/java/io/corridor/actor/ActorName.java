package io.corridor.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One way of calling an actor: a preferred name in a language, an alias or an acronym. */
@Entity
@Table(name = "actor_name")
public class ActorName {

    @Id
    @SequenceGenerator(name = "actor_name_seq", sequenceName = "actor_name_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_name_seq")
    public Long id;

    @Column(name = "actor_id", nullable = false)
    public Long actorId;

    /** name, alias or acronym. */
    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String name;

    public String language;

    /** When this name was in use (a ministry renamed); none: always. */
    @Column(name = "start_date")
    public String startDate;
    @Column(name = "start_from")
    public java.time.LocalDate startFrom;
    @Column(name = "end_date")
    public String endDate;
    @Column(name = "end_to")
    public java.time.LocalDate endTo;

    /** Lower case without accents, computed by the database for search. */
    @Column(insertable = false, updatable = false)
    public String norm;

    public ActorName() {
    }

    public ActorName(Long actorId, NameType type, String name, String language) {
        this.actorId = actorId;
        this.type = type.code();
        this.name = name;
        this.language = language;
    }

    /** Sets the period in use; either end may be unknown (null). */
    public ActorName during(io.corridor.support.time.PartialDate start, io.corridor.support.time.PartialDate end) {
        startDate = start == null ? null : start.text();
        startFrom = start == null ? null : start.start();
        endDate = end == null ? null : end.text();
        endTo = end == null ? null : end.end();
        return this;
    }

    /** In use on that day: no period, or one around it. */
    public boolean inUseOn(java.time.LocalDate day) {
        return (startFrom == null || !startFrom.isAfter(day)) && (endTo == null || !endTo.isBefore(day));
    }
}
