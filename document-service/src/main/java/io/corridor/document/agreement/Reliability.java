package io.corridor.document.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Agreement coefficients over nominal values: Krippendorff's alpha for any number of
 * coders with missing values (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability",
 * coincidence matrix form), Cohen's kappa for two coders (Cohen 1960), Fleiss' kappa and Gwet's AC1 for any
 * number of coders (Gwet 2008, "Computing inter-rater reliability and its variance in the presence
 * of high agreement", British Journal of Mathematical and Statistical Psychology 61(1), eq. 14-15;
 * DKPro Agreement 2.2.0, which INCEpTION uses, has no AC1). Units carry a weight, the
 * number of identical units they stand for (here: the code points of a text segment), which is
 * the same as repeating them. DKPro Agreement's coding studies hold one object per item (per
 * code point here: seconds for a long text), so Fleiss' kappa and alpha are computed here and
 * checked against DKPro in the tests.
 */
public final class Reliability {

    private Reliability() {
    }

    /** One unit: the values the coders gave it (a coder who gave none is left out). */
    public record Unit(long weight, List<String> values) {
    }

    /** One unit as two coders valued it. */
    public record Paired(long weight, String first, String second) {
    }

    /** Empty when undefined: no pairable values, or a single value used everywhere. */
    public static OptionalDouble krippendorffAlpha(List<Unit> units) {
        Map<String, Map<String, Double>> coincidences = new HashMap<>();
        for (Unit unit : units) {
            List<String> values = unit.values().stream().filter(Objects::nonNull).toList();
            int m = values.size();
            if (m < 2) {
                continue; // a lone value cannot be paired
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        coincidences.computeIfAbsent(values.get(i), v -> new HashMap<>())
                                .merge(values.get(j), (double) unit.weight() / (m - 1), Double::sum);
                    }
                }
            }
        }
        Map<String, Double> marginals = new HashMap<>();
        double n = 0;
        double observed = 0;
        for (var row : coincidences.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                marginals.merge(row.getKey(), cell.getValue(), Double::sum);
                n += cell.getValue();
                if (!row.getKey().equals(cell.getKey())) {
                    observed += cell.getValue();
                }
            }
        }
        double expected = 0;
        for (var c : marginals.entrySet()) {
            for (var k : marginals.entrySet()) {
                if (!c.getKey().equals(k.getKey())) {
                    expected += c.getValue() * k.getValue();
                }
            }
        }
        if (n <= 1 || expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - (n - 1) * observed / expected);
    }

    /** Empty when undefined: no units, or chance agreement is certain (one value everywhere). */
    public static OptionalDouble cohenKappa(List<Paired> units) {
        Map<String, Double> first = new HashMap<>();
        Map<String, Double> second = new HashMap<>();
        double n = 0;
        double agreed = 0;
        for (Paired unit : units) {
            n += unit.weight();
            first.merge(unit.first(), (double) unit.weight(), Double::sum);
            second.merge(unit.second(), (double) unit.weight(), Double::sum);
            if (unit.first().equals(unit.second())) {
                agreed += unit.weight();
            }
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double po = agreed / n;
        double pe = 0;
        for (var value : first.entrySet()) {
            pe += value.getValue() / n * second.getOrDefault(value.getKey(), 0.0) / n;
        }
        if (pe >= 1) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((po - pe) / (1 - pe));
    }

    /**
     * Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among many raters"): P̄, the mean
     * share of agreeing ordered pairs of coders per unit, against P̄e = Σ_k p_k², p_k being value k's
     * share of all values. Units with fewer than two values are left out. Empty when undefined
     * (no such unit, or a single value everywhere).
     */
    public static OptionalDouble fleissKappa(List<Unit> units) {
        double n = 0;
        double agreement = 0;
        double values = 0;
        Map<String, Double> totals = new HashMap<>();
        for (Unit unit : units) {
            Map<String, Long> counts = counts(unit);
            long r = counts.values().stream().mapToLong(Long::longValue).sum();
            if (r < 2) {
                continue;
            }
            n += unit.weight();
            agreement += unit.weight() * agreeingPairs(counts) / (r * (r - 1.0));
            values += unit.weight() * (double) r;
            counts.forEach((v, c) -> totals.merge(v, unit.weight() * (double) c, Double::sum));
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double pe = 0;
        for (double total : totals.values()) {
            pe += (total / values) * (total / values);
        }
        if (pe >= 1) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((agreement / n - pe) / (1 - pe));
    }

    private static Map<String, Long> counts(Unit unit) {
        Map<String, Long> counts = new HashMap<>();
        unit.values().stream().filter(Objects::nonNull).forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }

    /** Ordered pairs of coders who gave the unit the same value. */
    private static double agreeingPairs(Map<String, Long> counts) {
        double pairs = 0;
        for (long c : counts.values()) {
            pairs += c * (c - 1.0);
        }
        return pairs;
    }

    /**
     * Gwet's AC1 over {@code categories} possible values (q: for a present/absent judgment, 2).
     * Observed agreement p_a averages, over the units at least two coders valued, the share of
     * agreeing ordered pairs of coders; chance agreement p_e = Σ_k π_k (1 − π_k) / (q − 1), π_k
     * being the mean share of value k per unit. Empty when no unit has two values or q < 2.
     */
    public static OptionalDouble gwetAc1(List<Unit> units, int categories) {
        double n = 0;
        double agreement = 0;
        double valued = 0;
        Map<String, Double> shares = new HashMap<>();
        for (Unit unit : units) {
            Map<String, Long> counts = counts(unit);
            long r = counts.values().stream().mapToLong(Long::longValue).sum();
            if (r == 0) {
                continue;
            }
            valued += unit.weight();
            counts.forEach((v, c) -> shares.merge(v, unit.weight() * (double) c / r, Double::sum));
            if (r < 2) {
                continue; // a lone value says nothing about agreement
            }
            n += unit.weight();
            agreement += unit.weight() * agreeingPairs(counts) / (r * (r - 1.0));
        }
        if (n == 0 || categories < 2) {
            return OptionalDouble.empty();
        }
        double pa = agreement / n;
        double pe = 0;
        for (double share : shares.values()) {
            double pi = share / valued;
            pe += pi * (1 - pi);
        }
        pe /= categories - 1;
        return OptionalDouble.of((pa - pe) / (1 - pe));
    }
}
