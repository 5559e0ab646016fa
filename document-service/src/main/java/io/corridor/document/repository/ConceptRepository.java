package io.corridor.document.repository;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Concept;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ConceptRepository implements PanacheRepositoryBase<Concept, UUID> {

    public Uni<List<Concept>> of(UUID vocabularyId) {
        return list("vocabularyId = ?1 order by iri", vocabularyId);
    }

    public Uni<Long> countOf(UUID vocabularyId) {
        return count("vocabularyId", vocabularyId);
    }

    public Uni<Long> deleteOf(UUID vocabularyId) {
        return delete("vocabularyId", vocabularyId);
    }

    /** Which of these IRIs are concepts of one of these vocabularies. */
    public Uni<Set<String>> known(Collection<UUID> vocabularies, Collection<String> iris) {
        if (vocabularies.isEmpty() || iris.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return list("vocabularyId in ?1 and iri in ?2", vocabularies, iris)
                .map(found -> found.stream().map(c -> c.iri).collect(Collectors.toSet()));
    }
}
