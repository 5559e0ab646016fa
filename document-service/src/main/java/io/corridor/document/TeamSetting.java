package io.corridor.document;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team's settings kept here (the team itself is a Keycloak group): whether its annotations are pre-moderated, and
 * which vocabulary its members must tag with. */
@Entity
@Table(name = "team_setting")
public class TeamSetting {

    @Id
    public String team;

    @Column(nullable = false)
    public boolean premoderated;

    /** The vocabulary the team's members must tag with (free tags then 422); null: free tags allowed. */
    @Column(name = "required_vocabulary")
    public java.util.UUID requiredVocabulary;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
