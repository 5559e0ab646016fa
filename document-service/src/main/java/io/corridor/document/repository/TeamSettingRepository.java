package io.corridor.document.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.TeamSetting;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class TeamSettingRepository implements PanacheRepositoryBase<TeamSetting, String> {

    /** Whether any of these teams is pre-moderated. */
    public Uni<Boolean> anyPremoderated(List<String> teams) {
        if (teams.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return count("team in ?1 and premoderated = true", teams).map(n -> n > 0);
    }
}
