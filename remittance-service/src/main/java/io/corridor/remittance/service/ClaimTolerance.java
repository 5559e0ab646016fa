package io.corridor.remittance.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import io.corridor.remittance.Hedge;
import io.corridor.remittance.api.VerdictBounds;

/**
 * How far the reference may lie from a claim and still be consistent with it. A figure is read to the precision it
 * is written with: its last written digit, trailing zeros included ("10 %" is ± 0.5, not ± 5: a writer who meant
 * "somewhere near ten" says so with a hedge word). A hedge widens it: an approximate figure ("environ 2 000") is read
 * to half a unit of its leading digit; "more than 1.8" reaches up to one unit of its leading digit more (2.8), and
 * "less than" mirrors it. 2 % of the reference is the narrowest tolerance on every side, so that a figure written
 * with many digits is not held to an exactness no statistic has.
 */
final class ClaimTolerance {

    /** Relative tolerance of a consistent claim: the floor of every side. */
    static final BigDecimal RELATIVE_FLOOR = new BigDecimal("0.02");

    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private ClaimTolerance() {
    }

    /**
     * @param written the figure as the document writes it (its scale is its precision)
     * @param hedge the hedge word as sent, or null
     * @param factor what turns the written figure into the indicator's unit (scale word, multiplier, exchange rate)
     * @param claim the figure in the indicator's unit
     * @param reference the reference value in the indicator's unit
     */
    static VerdictBounds of(BigDecimal written, String hedge, BigDecimal factor, BigDecimal claim, BigDecimal reference) {
        Hedge h = hedge == null || hedge.isBlank() ? null : Hedge.parse(hedge);
        BigDecimal lastDigit = halfLastDigit(written).multiply(factor, MC);
        BigDecimal leadingDigit = leadingDigitUnit(written).multiply(factor, MC);
        BigDecimal floor = reference.abs().multiply(RELATIVE_FLOOR, MC);
        BigDecimal below;
        BigDecimal above;
        String reading;
        if (h == null) {
            below = above = lastDigit;
            reading = written.toPlainString() + " as written is read to half a unit of its last digit: ± " + plain(lastDigit);
        } else {
            switch (h) {
                case approximate -> {
                    below = above = leadingDigit.multiply(HALF).max(lastDigit);
                    reading = "\"" + hedge.strip() + " " + written.toPlainString() + "\" is read to half a unit of its leading digit: ± "
                            + plain(below);
                }
                case more_than -> {
                    below = lastDigit;
                    above = leadingDigit;
                    reading = "\"" + hedge.strip() + " " + written.toPlainString() + "\" is read from the figure (less half a unit of its "
                            + "last digit) up to one unit of its leading digit more: - " + plain(below) + " / + " + plain(above);
                }
                default -> {
                    below = leadingDigit;
                    above = lastDigit;
                    reading = "\"" + hedge.strip() + " " + written.toPlainString() + "\" is read from one unit of its leading digit less "
                            + "up to the figure (plus half a unit of its last digit): - " + plain(below) + " / + " + plain(above);
                }
            }
        }
        boolean floored = floor.compareTo(below) > 0 || floor.compareTo(above) > 0;
        below = below.max(floor);
        above = above.max(floor);
        String explanation = reading + (floored ? "; widened to 2 % of the reference (± " + plain(floor) + ")" : "");
        return new VerdictBounds(plain(claim.subtract(below, MC)), plain(claim.add(above, MC)),
                h == null ? "as_written" : h.name(), h == null ? "as written" : "hedged: " + hedge.strip(), floored, explanation);
    }

    /** Half a unit of the last digit as written, trailing zeros included: 10 → 0.5, 2000 → 0.5, 1.50 → 0.005, 1E+3 → 500. */
    static BigDecimal halfLastDigit(BigDecimal written) {
        return HALF.scaleByPowerOfTen(-written.scale());
    }

    /** One unit of the leading digit: 2000 → 1000, 1.5 → 1, 0.78 → 0.1 (0 → its last digit's unit). */
    static BigDecimal leadingDigitUnit(BigDecimal written) {
        BigDecimal v = written.abs();
        if (v.signum() == 0) {
            return BigDecimal.ONE.scaleByPowerOfTen(-written.scale());
        }
        return BigDecimal.ONE.scaleByPowerOfTen(v.precision() - v.scale() - 1);
    }

    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.round(MC).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
