package io.corridor.remittance.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.remittance.Indicator;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    public Uni<List<Indicator>> byCode(int page, int size) {
        return findAll(Sort.ascending("code")).page(page, size).list();
    }
}
