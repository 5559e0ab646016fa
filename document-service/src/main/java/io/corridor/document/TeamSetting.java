package io.corridor.document;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team's settings kept here (the team itself is a Keycloak group): whether its annotations are pre-moderated. */
@Entity
@Table(name = "team_setting")
public class TeamSetting {

    @Id
    public String team;

    @Column(nullable = false)
    public boolean premoderated;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
