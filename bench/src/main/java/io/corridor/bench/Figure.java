package io.corridor.bench;

/**
 * One published figure: the operation measured, the floor measured in the same run, their ratio,
 * and the target it is held to. Every ratio reads the same way: 1.0 means as fast as the floor,
 * higher is better ({@code higherIsBetter} stays for quantities that may one day read otherwise).
 */
public record Figure(String name, String what, Measurement measured, Measurement floor, double ratio,
        Double target, boolean higherIsBetter, String unit, String note, String curve, Double x) {

    public Figure(String name, String what, Measurement measured, Measurement floor, double ratio, Double target,
            boolean higherIsBetter, String unit, String note) {
        this(name, what, measured, floor, ratio, target, higherIsBetter, unit, note, null, null);
    }

    /** This figure as the point at {@code x} of a curve (e.g. search p95 by corpus size), charted apart. */
    Figure onCurve(String curveName, double atX) {
        return new Figure(name, what, measured, floor, ratio, target, higherIsBetter, unit, note, curveName, atX);
    }

    /** Throughput of the measured side over the floor's: 1.0 means as fast as the floor. */
    static Figure throughputRatio(String name, String what, Measurement measured, Measurement floor, Double target,
            String note) {
        return throughputRatio(name, what, measured, floor, target, "ops/s", note);
    }

    /** The same, in a unit of work other than operations (pages/s, MB/s, rows/s). */
    static Figure throughputRatio(String name, String what, Measurement measured, Measurement floor, Double target,
            String unit, String note) {
        double ratio = floor.throughput() > 0 ? measured.throughput() / floor.throughput() : 0;
        return new Figure(name, what, measured, floor, ratio, target, true, unit, note);
    }

    /**
     * For latency figures: the floor's p95 over the measured p95, so that this ratio too reads 1.0
     * as "as fast as the floor" and 0.25 as "four times the floor's latency".
     */
    static Figure latencyRatio(String name, String what, Measurement measured, Measurement floor, Double target,
            String note) {
        double ratio = measured.p95Ms() > 0 ? floor.p95Ms() / measured.p95Ms() : 0;
        return new Figure(name, what, measured, floor, ratio, target, true, "ops/s", note);
    }

    /** A standalone quantity without a floor (footprint). */
    static Figure quantity(String name, String what, Measurement value, String unit, String note) {
        return new Figure(name, what, value, null, Double.NaN, null, true, unit, note);
    }

    /** This figure with {@code remedy} as its note when it misses its target: what would move it. */
    Figure ifMissed(String remedy) {
        return Boolean.FALSE.equals(met())
                ? new Figure(name, what, measured, floor, ratio, target, higherIsBetter, unit, remedy, curve, x)
                : this;
    }

    public Boolean met() {
        if (target == null || Double.isNaN(ratio)) {
            return null;
        }
        return higherIsBetter ? ratio >= target : ratio <= target;
    }
}
