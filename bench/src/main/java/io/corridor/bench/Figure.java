package io.corridor.bench;

/**
 * One published figure: the operation measured, the floor measured in the same run, their ratio,
 * and the target it is held to. {@code higherIsBetter} tells which way the ratio should go.
 */
public record Figure(String name, String what, Measurement measured, Measurement floor, double ratio,
        Double target, boolean higherIsBetter, String unit, String note) {

    /** Throughput of the measured side over the floor's: 1.0 means as fast as the floor. */
    static Figure throughputRatio(String name, String what, Measurement measured, Measurement floor, Double target,
            String note) {
        double ratio = floor.throughput() > 0 ? measured.throughput() / floor.throughput() : 0;
        return new Figure(name, what, measured, floor, ratio, target, true, "ops/s", note);
    }

    /** A standalone quantity without a floor (footprint). */
    static Figure quantity(String name, String what, Measurement value, String unit, String note) {
        return new Figure(name, what, value, null, Double.NaN, null, true, unit, note);
    }

    public Boolean met() {
        if (target == null || Double.isNaN(ratio)) {
            return null;
        }
        return higherIsBetter ? ratio >= target : ratio <= target;
    }
}
