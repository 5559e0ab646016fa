package io.corridor.remittance.repository;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.remittance.ClaimEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, Long> {

    public Uni<ClaimEntity> same(String document, String indicator, String country, String counterpart, String period,
            BigDecimal value) {
        return find("document = ?1 and indicator = ?2 and country = ?3 and counterpart = ?4 and period = ?5 and value = ?6",
                document, indicator, country, counterpart, period, value).firstResult();
    }

    public Uni<List<ClaimEntity>> page(String document, int page, int size) {
        return (document == null ? findAll(Sort.ascending("document", "id")) : find("document", Sort.ascending("id"), document))
                .page(page, size).list();
    }

    public Uni<Long> total(String document) {
        return document == null ? count() : count("document", document);
    }
}
