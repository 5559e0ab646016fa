package io.corridor.remittance.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.remittance.ClaimEntity;
import io.corridor.remittance.Hedge;
import io.corridor.remittance.Indicator;
import io.corridor.remittance.Period;
import io.corridor.remittance.PublicationDate;
import io.corridor.remittance.StatedUnit;
import io.corridor.remittance.TypeOfData;
import io.corridor.remittance.api.Caveats;
import io.corridor.remittance.api.Claim;
import io.corridor.remittance.api.ClaimCheck;
import io.corridor.remittance.api.ClaimDraft;
import io.corridor.remittance.api.Observation;
import io.corridor.remittance.api.Verdict;
import io.corridor.remittance.api.VerdictBounds;
import io.corridor.remittance.api.VerdictHint;
import io.corridor.remittance.api.VerdictReference;
import io.corridor.remittance.repository.ClaimRepository;
import io.corridor.remittance.repository.ObservationRepository;
import io.corridor.remittance.repository.RevisionChoice;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Checks figures stated in documents against the reference series, and stores them as claims.
 * The reference is the latest dataset observation of the same indicator, country, counterpart and
 * period; for a ratio indicator without a published value, 100 × numerator / denominator.
 */
@ApplicationScoped
public class ClaimService {

    /** The exchange-rate series used to read CFA franc figures (local currency units per USD). */
    public static final String EXCHANGE_RATE = "PA.NUS.FCRF";
    /** A claim's value is a figure as a document writes it: beyond these it is no statistic (and no index holds it). */
    static final BigDecimal LARGEST = BigDecimal.TEN.pow(30);
    static final int MAX_DECIMALS = 30;
    /** A hint applies when claim/reference is within this factor of the slip's factor. */
    static final double HINT_SPAN = 1.25;

    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorService indicators;
    private final ObservationRepository observations;
    private final ClaimRepository claims;

    public ClaimService(IndicatorService indicators, ObservationRepository observations, ClaimRepository claims) {
        this.indicators = indicators;
        this.observations = observations;
        this.claims = claims;
    }

    /** A claim with its fields checked and normalized. */
    record Normalized(String indicator, String country, String counterpart, Period period, BigDecimal value,
            StatedUnit unit, String unitText, String hedge, LocalDate vintage) {

        /** The revisions a check reads: as published at the vintage, else the latest. */
        RevisionChoice revisions() {
            return new RevisionChoice(null, vintage, false);
        }
    }

    Normalized normalize(ClaimCheck c) {
        return normalize(c, "vintage");
    }

    /** @param vintageField how the request names the vintage: vintage in a check, documentDate in a claim to store */
    Normalized normalize(ClaimCheck c, String vintageField) {
        List<Violation> problems = new ArrayList<>();
        String country = null;
        String counterpart = "";
        Period period = null;
        StatedUnit unit = null;
        try {
            country = ObservationService.area("country", c.country());
        } catch (ProblemException e) {
            problems.addAll(e.toProblem().errors());
        }
        if (c.counterpart() != null && !c.counterpart().isBlank()) {
            try {
                counterpart = ObservationService.area("counterpart", c.counterpart());
            } catch (ProblemException e) {
                problems.addAll(e.toProblem().errors());
            }
        }
        try {
            period = Period.parse(c.period());
        } catch (IllegalArgumentException e) {
            problems.add(Violation.field("period", c.period(), e.getMessage()));
        }
        try {
            unit = StatedUnit.parse(c.unit());
        } catch (IllegalArgumentException e) {
            problems.add(Violation.field("unit", c.unit(), e.getMessage()));
        }
        // compared with the value as written (an exponent stays one): 1E+999999999 written out is a billion digits
        if (c.value().abs().compareTo(LARGEST) > 0) {
            problems.add(Violation.field("value", c.value().toString(), "is too large for a statistical value (at most 1E+30)"));
        } else if (c.value().scale() > MAX_DECIMALS) {
            problems.add(Violation.field("value", Echo.of(c.value().toString()), "has more than " + MAX_DECIMALS + " decimal places"));
        }
        String hedge = c.hedge() == null || c.hedge().isBlank() ? null : c.hedge().strip();
        if (hedge != null) {
            try {
                Hedge.parse(hedge);
            } catch (IllegalArgumentException e) {
                problems.add(Violation.field("hedge", hedge, e.getMessage()));
            }
        }
        LocalDate vintage = null;
        if (c.vintage() != null && !c.vintage().isBlank()) {
            try {
                vintage = PublicationDate.parse(c.vintage());
            } catch (IllegalArgumentException e) {
                problems.add(Violation.field(vintageField, c.vintage(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    problems.size() + " field(s) of the claim are invalid", problems);
        }
        return new Normalized(c.indicator().strip(), country, counterpart, period, c.value(), unit, c.unit().strip(), hedge, vintage);
    }

    public Uni<Verdict> check(ClaimCheck c) {
        Normalized n = normalize(c);
        return indicator(n.indicator()).chain(indicator -> check(n, indicator));
    }

    private Uni<Indicator> indicator(String code) {
        return indicators.find(code).map(found -> {
            if (found == null) {
                throw ProblemException.unprocessable("unknown indicator " + code,
                        List.of(Violation.field("indicator", code, "is not in the catalogue")));
            }
            return found;
        });
    }

    private Uni<Verdict> check(Normalized n, Indicator indicator) {
        boolean sameUnit = "unspecified".equals(indicator.unit) || n.unit().sameAs(indicator.unit);
        boolean xofForUsd = n.unit().base().equals("XOF") && "USD".equalsIgnoreCase(indicator.unit);
        if (!sameUnit && !xofForUsd) {
            throw ProblemException.unprocessable("the claim's unit cannot be compared with the indicator's",
                    List.of(Violation.field("unit", n.unitText(), "is not " + indicator.unit + " (the unit of " + indicator.code
                            + "), nor a currency with an exchange-rate series")));
        }
        BigDecimal perIndicatorUnit = BigDecimal.TEN.pow(indicator.multiplier, MC);
        BigDecimal stated = n.value().multiply(n.unit().scale()).divide(perIndicatorUnit, MC);
        boolean usd = "USD".equalsIgnoreCase(indicator.unit);
        Uni<Observation> rate = usd
                ? observations.reference(EXCHANGE_RATE, n.country(), "", n.period().text(), n.revisions())
                : Uni.createFrom().nullItem();
        return rate.chain(xofPerUsd -> reference(n, indicator).map(reference -> {
            BigDecimal claim = stated;
            // what turns the figure as written into the indicator's unit: its precision scales with it
            BigDecimal factor = n.unit().scale().divide(perIndicatorUnit, MC);
            if (xofForUsd) {
                if (xofPerUsd == null) {
                    return new Verdict("no_data", null, indicator.unit, n.vintage(), reference, null, null, null, List.of(), List.of(),
                            "no " + EXCHANGE_RATE + " observation for " + n.country() + " " + n.period().text()
                                    + " to convert XOF to USD");
                }
                claim = stated.divide(xofPerUsd.value(), MC);
                factor = factor.divide(xofPerUsd.value(), MC);
            }
            if (reference == null) {
                return new Verdict("no_data", plain(claim), indicator.unit, n.vintage(), null, null, null, null, List.of(), List.of(),
                        "no reference value for " + indicator.code + " " + n.country()
                                + (n.counterpart().isEmpty() ? "" : "→" + n.counterpart()) + " " + n.period().text()
                                + (n.vintage() == null ? "" : " published by " + n.vintage()));
            }
            BigDecimal ref = reference.value();
            VerdictBounds bounds = ClaimTolerance.of(n.value(), n.hedge(), factor, claim, ref);
            boolean consistent = ref.compareTo(bounds.low()) >= 0 && ref.compareTo(bounds.high()) <= 0;
            BigDecimal tolerance = claim.subtract(bounds.low()).max(bounds.high().subtract(claim));
            BigDecimal ratio = ref.signum() == 0 ? null : claim.divide(ref, new MathContext(6, RoundingMode.HALF_EVEN));
            List<VerdictHint> hints = consistent || ratio == null ? List.of()
                    : hints(ratio, indicator, n, xofPerUsd == null ? null : xofPerUsd.value());
            String detail = ratio == null ? "the reference is zero"
                    : consistent ? "within the tolerance of the reference (" + bounds.basis() + ")"
                    : "the claim is " + plain(ratio).toPlainString() + " times the reference, outside the tolerance ("
                            + bounds.basis() + ")";
            List<String> caveats = caveats(reference);
            if (!caveats.isEmpty()) {
                detail += "; caveat: " + String.join("; ", caveats);
            }
            return new Verdict(consistent ? "consistent" : "discrepant", plain(claim), indicator.unit, n.vintage(), reference,
                    ratio == null ? null : plain(ratio), plain(tolerance.round(MC)), bounds, hints, caveats, detail);
        }));
    }

    /** The published reference, or the derived ratio when the indicator is a ratio and none is published. */
    private Uni<VerdictReference> reference(Normalized n, Indicator indicator) {
        return observations.reference(indicator.code, n.country(), n.counterpart(), n.period().text(), n.revisions())
                .chain(published -> {
                    if (published != null) {
                        return Uni.createFrom().item(new VerdictReference(published.value(), indicator.unit,
                                published.period(), published.source(), published.release(), published.releaseDate(), published.id(),
                                published.revision(), false, List.of(published)));
                    }
                    if (indicator.numerator == null) {
                        return Uni.createFrom().nullItem();
                    }
                    return observations.reference(indicator.numerator, n.country(), n.counterpart(), n.period().text(),
                            n.revisions()).chain(top -> observations.reference(indicator.denominator, n.country(),
                                    n.counterpart(), n.period().text(), n.revisions()).map(bottom -> {
                                        if (top == null || bottom == null || bottom.value().signum() == 0) {
                                            return null;
                                        }
                                        return new VerdictReference(ObservationService.percent(top.value(), bottom.value()),
                                                indicator.unit, top.period(), "derived: 100 × " + indicator.numerator + " / "
                                                        + indicator.denominator, top.release() + " / " + bottom.release(),
                                                top.releaseDate().isAfter(bottom.releaseDate()) ? top.releaseDate() : bottom.releaseDate(),
                                                null, null, true, List.of(top, bottom));
                                    }));
                });
    }

    /**
     * What the publishers say about the reference's inputs that a reader of the verdict must know: a stock counted by
     * citizenship is not one of the foreign-born, an estimate is not a count.
     */
    static List<String> caveats(VerdictReference reference) {
        List<String> caveats = new ArrayList<>();
        for (Observation o : reference.inputs()) {
            String which = reference.inputs().size() > 1 ? "the " + o.indicator() + " input " : "the reference ";
            if (!"normal".equals(o.status())) {
                caveats.add(which + "is " + ("estimate".equals(o.status()) ? "an estimate" : "a " + o.status() + " value")
                        + " (" + o.source() + ")");
            }
            Caveats c = o.caveats();
            if (c == null) {
                continue;
            }
            if (c.typeOfData() != null) {
                for (String code : c.typeOfData().split(" ")) {
                    caveats.add(which + TypeOfData.valueOf(code).meaning + " (UN DESA type of data " + code + ")");
                }
            }
            if (c.footnote() != null) {
                caveats.add(which + "has the publisher's footnote: " + c.footnote());
            }
            if (c.notes() != null) {
                caveats.add(which + "has the publisher's notes: " + c.notes());
            }
        }
        return caveats;
    }

    /** Slips whose factor the ratio is close to, the closest first. */
    static List<VerdictHint> hints(BigDecimal ratio, Indicator indicator, Normalized n, BigDecimal xofPerUsd) {
        record Candidate(String kind, BigDecimal factor, String message) {
        }
        List<Candidate> candidates = new ArrayList<>(List.of(
                new Candidate("scale_thousand", BigDecimal.valueOf(1000),
                        "about 1,000 times the reference: millions read as billions (or thousands as millions)"),
                new Candidate("scale_thousandth", new BigDecimal("0.001"),
                        "about 1/1,000 of the reference: billions read as millions (or millions as thousands)"),
                new Candidate("scale_million", BigDecimal.valueOf(1_000_000),
                        "about a million times the reference: a figure in millions read as units"),
                new Candidate("scale_millionth", new BigDecimal("0.000001"),
                        "about a millionth of the reference: units read as millions")));
        if ("percent".equalsIgnoreCase(indicator.unit)) {
            candidates.add(new Candidate("percent_scale", HUNDRED, "about 100 times the reference: a fraction read as a percent"));
            candidates.add(new Candidate("percent_scale", new BigDecimal("0.01"),
                    "about 1/100 of the reference: a percent read as a fraction"));
        }
        if (xofPerUsd != null && xofPerUsd.signum() > 0) {
            if (n.unit().base().equals("USD")) {
                candidates.add(new Candidate("currency_xof_as_usd", xofPerUsd,
                        "about " + xofPerUsd.setScale(0, RoundingMode.HALF_EVEN) + " times the reference, the XOF per USD rate of "
                                + n.period().text() + ": CFA francs read as dollars"));
            }
            if (n.unit().base().equals("XOF")) {
                candidates.add(new Candidate("currency_usd_as_xof", BigDecimal.ONE.divide(xofPerUsd, MC),
                        "about 1/" + xofPerUsd.setScale(0, RoundingMode.HALF_EVEN) + " of the reference: dollars read as CFA francs"));
            }
        }
        double r = Math.log(ratio.doubleValue());
        if (ratio.signum() <= 0) {
            return List.of();
        }
        double span = Math.log(HINT_SPAN);
        return candidates.stream().filter(c -> Math.abs(r - Math.log(c.factor().doubleValue())) <= span)
                .sorted(Comparator.comparingDouble(c -> Math.abs(r - Math.log(c.factor().doubleValue()))))
                .map(c -> new VerdictHint(c.kind(), plain(c.factor().round(new MathContext(6))), c.message())).toList();
    }

    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Stores a claim (the same figure of the same document again answers the stored one). */
    @WithTransaction
    public Uni<Stored> store(ClaimDraft draft, String user) {
        Normalized n = normalize(draft.check(), "documentDate");
        return indicator(n.indicator()).chain(ind -> claims.same(draft.document().strip(), ind.code, n.country(),
                n.counterpart(), n.period().text(), n.value()).chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(new Stored(existing, false));
                    }
                    ClaimEntity c = new ClaimEntity();
                    c.document = draft.document().strip();
                    c.annotation = draft.annotation();
                    c.quote = draft.quote();
                    c.indicator = ind.code;
                    c.country = n.country();
                    c.counterpart = n.counterpart();
                    c.period = n.period().text();
                    c.value = n.value();
                    c.unit = n.unitText();
                    c.hedge = n.hedge();
                    c.sourceCited = draft.sourceCited();
                    c.documentDate = n.vintage();
                    c.createdBy = user;
                    return claims.persistAndFlush(c).chain(() -> claims.getSession())
                            .chain(session -> session.refresh(c)).replaceWith(new Stored(c, true));
                }));
    }

    public record Stored(ClaimEntity claim, boolean created) {
    }

    /**
     * A stored claim with its verdict as of the document's date (or the vintage asked for) and, then, as published today;
     * without either, its verdict against the latest data.
     */
    public Uni<Claim> view(ClaimEntity c, String vintage) {
        String at = vintage != null && !vintage.isBlank() ? vintage.strip() : c.documentDate == null ? null : c.documentDate.toString();
        // today's vintage, not the last recorded revision: a release imported late must not pass for the newest
        String today = at == null ? null : LocalDate.now(java.time.ZoneOffset.UTC).toString();
        Uni<Verdict> latest = check(new ClaimCheck(c.indicator, c.country, c.counterpart, c.period, c.value, c.unit, c.hedge, today));
        Uni<Verdict> dated = at == null ? Uni.createFrom().nullItem()
                : check(new ClaimCheck(c.indicator, c.country, c.counterpart, c.period, c.value, c.unit, c.hedge, at));
        return dated.chain(then -> latest.map(now -> new Claim(c.id, c.document, c.annotation, c.quote, c.indicator, c.country,
                c.counterpart.isEmpty() ? null : c.counterpart, c.period, c.value, c.unit, c.hedge, c.sourceCited,
                c.documentDate, c.createdAt, c.createdBy, then == null ? now : then, then == null ? null : now)));
    }

    public Uni<Page<Claim>> list(String document, String vintage, PageRequest page) {
        String doc = document == null || document.isBlank() ? null : document.strip();
        return claims.total(doc).chain(total -> claims.page(doc, page.page, page.size)
                .chain(items -> Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(c -> view(c, vintage))
                        .collect().asList())
                .map(views -> new Page<>(views, page.page, page.size, total)));
    }

    public Uni<Claim> get(long id, String vintage) {
        return claims.findById(id).chain(c -> {
            if (c == null) {
                throw ProblemException.notFound("no claim " + id);
            }
            return view(c, vintage);
        });
    }
}
