package io.corridor.document.repository;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.TeamSetting;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class TeamSettingRepository implements PanacheRepositoryBase<TeamSetting, String> {

    /** The vocabularies these teams require their members to tag with (none: free tags). */
    public Uni<Set<UUID>> requiredVocabularies(List<String> teams) {
        if (teams.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return list("team in ?1 and requiredVocabulary is not null", teams)
                .map(found -> found.stream().map(s -> s.requiredVocabulary).collect(Collectors.toSet()));
    }
}
