package io.corridor.remittance.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.corridor.remittance.api.Observation;

/**
 * A page of observations seen as a cube, as SDMX-JSON and JSON-stat write it: the categories of each dimension that
 * identifies an observation (country, counterpart, sex, source, period; the indicator is one), each indexed in the
 * order it is listed (periods in time order), and each observation's position along them.
 */
public final class ObservationCube {

    /** The dimensions along which observations vary, in key order; the time dimension last. */
    public enum Dimension {
        COUNTRY(Observation::country), COUNTERPART(o -> o.counterpart() == null ? "" : o.counterpart()), SEX(Observation::sex),
        SOURCE(Observation::source), PERIOD(Observation::period);

        final Function<Observation, String> of;

        Dimension(Function<Observation, String> of) {
            this.of = of;
        }
    }

    private final List<Observation> observations;
    private final Map<Dimension, Map<String, Integer>> index = new LinkedHashMap<>();
    private final Map<String, Observation> periods = new LinkedHashMap<>();

    public ObservationCube(List<Observation> observations) {
        this.observations = observations;
        for (Dimension d : Dimension.values()) {
            List<Observation> ordered = new ArrayList<>(observations);
            if (d == Dimension.PERIOD) {
                ordered.sort(Comparator.comparing(Observation::periodStart).thenComparing(Observation::periodEnd));
            }
            Map<String, Integer> categories = new LinkedHashMap<>();
            for (Observation o : ordered) {
                categories.putIfAbsent(d.of.apply(o), categories.size());
                if (d == Dimension.PERIOD) {
                    periods.putIfAbsent(o.period(), o);
                }
            }
            index.put(d, categories);
        }
    }

    public List<Observation> observations() {
        return observations;
    }

    /** The categories of a dimension, in index order. */
    public List<String> categories(Dimension d) {
        return List.copyOf(index.get(d).keySet());
    }

    public int size(Dimension d) {
        return index.get(d).size();
    }

    /** The position of an observation along a dimension. */
    public int position(Observation o, Dimension d) {
        return index.get(d).get(d.of.apply(o));
    }

    /** An observation of the period, for its first and last day. */
    public Observation period(String period) {
        return periods.get(period);
    }
}
