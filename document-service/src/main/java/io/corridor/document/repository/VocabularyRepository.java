package io.corridor.document.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Caller;
import io.corridor.document.Vocabulary;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class VocabularyRepository implements PanacheRepositoryBase<Vocabulary, UUID> {

    /** The vocabularies a caller may read (shared ones, their teams'; every one for admins), by title. */
    public Uni<List<Vocabulary>> readableBy(Caller caller) {
        if (caller.admin()) {
            return list("order by title, id");
        }
        return list("team is null or team in ?1 order by title, id", caller.teams().isEmpty() ? List.of("") : caller.teams());
    }

    public Uni<Vocabulary> byIri(String iri) {
        return find("iri", iri).firstResult();
    }
}
