package io.corridor.remittance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time an observation covers, as sources state it: a year ({@code 2023}), a quarter
 * ({@code 2023-Q1}), a month ({@code 2023-01}), a span of years ({@code 2002/2008}) or a decade
 * ({@code 1990s}). Kept as normalized text for display and identity, with first and last day for
 * range queries.
 */
public record Period(String text, LocalDate start, LocalDate end) {

    public static final int FIRST_YEAR = 1800;
    public static final int LAST_YEAR = 2100;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q(\\d)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:-M?|M)(\\d{2})");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})\\s*[/–-]\\s*(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})0s");

    /** Parses a period; throws {@link IllegalArgumentException} with a reason a person can act on. */
    public static Period parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        Matcher m;
        if ((m = YEAR.matcher(s)).matches()) {
            int y = year(m.group(1));
            return new Period(s, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            int y = year(m.group(1));
            int q = Integer.parseInt(m.group(2));
            if (q < 1 || q > 4) {
                throw new IllegalArgumentException("quarter " + q + " does not exist (1 to 4)");
            }
            LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
            return new Period(y + "-Q" + q, start, start.plusMonths(3).minusDays(1));
        }
        if ((m = MONTH.matcher(s)).matches()) {
            int y = year(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month " + month + " does not exist (01 to 12)");
            }
            YearMonth ym = YearMonth.of(y, month);
            return new Period(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
        }
        if ((m = SPAN.matcher(s)).matches()) {
            int from = year(m.group(1));
            int to = year(m.group(2));
            if (to < from) {
                throw new IllegalArgumentException("span ends (" + to + ") before it starts (" + from + ")");
            }
            return new Period(from + "/" + to, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
        }
        if ((m = DECADE.matcher(s)).matches()) {
            int from = year(m.group(1) + "0");
            return new Period(from + "s", LocalDate.of(from, 1, 1), LocalDate.of(from + 9, 12, 31));
        }
        throw new IllegalArgumentException("is not a period: use YYYY, YYYY-Qn, YYYY-MM, YYYY/YYYY or YYY0s");
    }

    /** Parses, or answers null for null or blank text. */
    public static Period parseOptional(String raw) {
        return raw == null || raw.isBlank() ? null : parse(raw);
    }

    /** True for a single calendar year, the unit of year-on-year growth. */
    public boolean isYear() {
        return text.length() == 4;
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw new IllegalArgumentException("year " + y + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        return y;
    }

    @Override
    public String toString() {
        return text;
    }
}
