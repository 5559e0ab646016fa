package io.corridor.remittance.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.remittance.Indicator;
import io.corridor.remittance.repository.IndicatorRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository indicators;

    public IndicatorService(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @WithTransaction
    public Uni<Page<Indicator>> catalogue(PageRequest request) {
        return indicators.count().flatMap(total -> indicators.byCode(request.page, request.size)
                .map(items -> new Page<>(items, request.page, request.size, total)));
    }
}
