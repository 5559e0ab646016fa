package io.corridor.document.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The two agreement coefficients, over nominal values: Krippendorff's alpha for any number of
 * coders with missing values (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability",
 * coincidence matrix form) and Cohen's kappa for two coders (Cohen 1960). Units carry a weight, the
 * number of identical units they stand for (here: the code points of a text segment), which is
 * the same as repeating them.
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
}
