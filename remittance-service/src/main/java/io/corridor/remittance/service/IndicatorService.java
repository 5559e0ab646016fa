package io.corridor.remittance.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.remittance.Indicator;
import io.corridor.remittance.api.IndicatorDraft;
import io.corridor.remittance.repository.IndicatorRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class IndicatorService {

    public static final String CODE = "[A-Za-z0-9._-]{1,64}";

    private final IndicatorRepository indicators;

    public IndicatorService(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @WithTransaction
    public Uni<Page<Indicator>> catalogue(PageRequest request) {
        return indicators.count().flatMap(total -> indicators.byCode(request.page, request.size)
                .map(items -> new Page<>(items, request.page, request.size, total)));
    }

    /** The indicator, or 404 naming the code. */
    @WithTransaction
    public Uni<Indicator> get(String code) {
        return indicators.findById(code).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("no indicator " + code);
            }
            return found;
        });
    }

    /** The indicator, or null. */
    @WithTransaction
    public Uni<Indicator> find(String code) {
        return indicators.findById(code);
    }

    /** Creates or replaces a catalogue entry; answers it and whether it was created. */
    @WithTransaction
    public Uni<Saved> put(String code, IndicatorDraft draft) {
        if (!code.matches(CODE)) {
            throw ProblemException.invalid("code", "must be 1 to 64 letters, digits, dots, dashes or underscores");
        }
        if ((draft.numerator() == null) != (draft.denominator() == null)) {
            throw ProblemException.unprocessable("a ratio indicator names both numerator and denominator",
                    List.of(Violation.field(draft.numerator() == null ? "numerator" : "denominator", "is required with the other")));
        }
        Uni<Void> refs = Uni.createFrom().voidItem();
        for (String[] ref : new String[][] { { "numerator", draft.numerator() }, { "denominator", draft.denominator() } }) {
            if (ref[1] != null) {
                refs = refs.chain(() -> indicators.findById(ref[1]).invoke(found -> {
                    if (found == null) {
                        throw ProblemException.unprocessable("unknown " + ref[0] + " indicator",
                                List.of(Violation.field(ref[0], ref[1], "is not in the catalogue")));
                    }
                })).replaceWithVoid();
            }
        }
        return refs.chain(() -> indicators.findById(code)).chain(existing -> {
            Indicator i = existing == null ? new Indicator() : existing;
            i.code = code;
            i.nameEn = draft.nameEn();
            i.nameFr = draft.nameFr();
            i.nameFrSource = draft.nameFr() == null ? null : draft.nameFrSource();
            i.unit = draft.unit();
            i.multiplier = draft.multiplier() == null ? 0 : draft.multiplier();
            i.source = draft.source();
            i.definition = draft.definition();
            i.periodicity = draft.periodicity() == null ? "annual" : draft.periodicity();
            i.numerator = draft.numerator();
            i.denominator = draft.denominator();
            return (existing == null ? indicators.persist(i) : Uni.createFrom().item(i))
                    .map(saved -> new Saved(saved, existing == null));
        });
    }

    public record Saved(Indicator indicator, boolean created) {
    }
}
