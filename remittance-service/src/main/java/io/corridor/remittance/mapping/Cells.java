package io.corridor.remittance.mapping;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.corridor.remittance.Areas;
import io.corridor.remittance.ObservationStatus;
import io.corridor.remittance.Period;
import io.corridor.remittance.Sex;

/**
 * Turns the raw cells of one row into a {@link StagedRow}, reporting every bad cell of the row
 * (not only the first) so a curator can fix a file in one pass.
 */
public final class Cells {

    /** Compiled once: {@code String.matches} would compile it again for every cell of a file. */
    private static final Pattern INDICATOR_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(30);
    /** Decimal places a value may have: PostgreSQL's numeric stores at most 16383. */
    static final int MAX_DECIMALS = 16_383;

    private Cells() {
    }

    public static void stage(RowSink sink, long row, String indicatorColumn, String indicator, String countryColumn,
            String country, String counterpartColumn, String counterpart, String periodColumn, String period,
            String sexColumn, String sex, String valueColumn, String value, String statusColumn, String status) {
        boolean ok = true;
        String code = indicator == null ? "" : indicator.strip();
        if (!INDICATOR_CODE.matcher(code).matches()) {
            sink.problem(row, indicatorColumn, indicator, "is not an indicator code");
            ok = false;
        }
        // alpha-2 and M49 numbers are stored as alpha-3, so MLI, ML and 466 are one country
        String c = null;
        try {
            c = Areas.canonical(country);
        } catch (IllegalArgumentException e) {
            sink.problem(row, countryColumn, country, e.getMessage());
            ok = false;
        }
        String cp = "";
        if (counterpart != null && !counterpart.isBlank()) {
            try {
                cp = Areas.canonical(counterpart);
            } catch (IllegalArgumentException e) {
                sink.problem(row, counterpartColumn, counterpart, e.getMessage());
                ok = false;
            }
        }
        Period p = null;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            sink.problem(row, periodColumn, period, e.getMessage());
            ok = false;
        }
        Sex s = Sex.total;
        try {
            s = Sex.parse(sex);
        } catch (IllegalArgumentException e) {
            sink.problem(row, sexColumn, sex, e.getMessage());
            ok = false;
        }
        ObservationStatus st = ObservationStatus.normal;
        try {
            st = ObservationStatus.parse(status);
        } catch (IllegalArgumentException e) {
            sink.problem(row, statusColumn, status, e.getMessage());
            ok = false;
        }
        BigDecimal v = null;
        String raw = value == null ? "" : value.strip();
        if (raw.isEmpty() || raw.equals("..") || raw.equalsIgnoreCase("NaN")) {
            st = ObservationStatus.missing;
        } else {
            try {
                v = new BigDecimal(raw);
                if (v.abs().compareTo(LARGEST) > 0) {
                    sink.problem(row, valueColumn, value, "is too large for a statistical value");
                    ok = false;
                } else if (v.scale() > MAX_DECIMALS) {
                    // 1E-999999999 is a small number with a billion decimals: written out for PostgreSQL it
                    // would exhaust memory, and numeric keeps at most 16383 decimals anyway
                    sink.problem(row, valueColumn, value, "has more than " + MAX_DECIMALS + " decimal places");
                    ok = false;
                }
            } catch (NumberFormatException e) {
                sink.problem(row, valueColumn, value, "is not a number (use a dot for decimals, no thousands separators)");
                ok = false;
            }
            if (st == ObservationStatus.missing) {
                st = ObservationStatus.normal;
            }
        }
        if (ok) {
            sink.row(new StagedRow(row, code, c, cp, p, s, v, st));
        }
    }
}
