package io.corridor.remittance;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of a figure as a document states it: an optional scale word and a base unit
 * ({@code USD}, {@code million USD}, {@code milliards FCFA}, {@code %}), read into a power of ten
 * and a canonical base (USD, XOF, EUR, percent, persons, years, or the text as given).
 */
public record StatedUnit(BigDecimal scale, String base) {

    private static final Pattern SHAPE = Pattern.compile(
            "(?i)\\s*(?:(thousands?|milliers?|k|millions?|mn|m|billions?|milliards?|bn|mds?)\\s+)?(?:of\\s+|de\\s+|d')?(.*?)\\s*");

    public static StatedUnit parse(String raw) {
        Matcher m = SHAPE.matcher(raw == null ? "" : raw);
        if (!m.matches() || m.group(2).isBlank()) {
            throw new IllegalArgumentException("must name a unit such as USD, million USD, XOF, EUR, percent or persons");
        }
        String word = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        BigDecimal scale = switch (word) {
            case "" -> BigDecimal.ONE;
            case "thousand", "thousands", "millier", "milliers", "k" -> BigDecimal.TEN.pow(3);
            case "million", "millions", "mn", "m" -> BigDecimal.TEN.pow(6);
            default -> BigDecimal.TEN.pow(9);
        };
        return new StatedUnit(scale, canonical(m.group(2)));
    }

    static String canonical(String base) {
        String b = base.strip().toLowerCase(Locale.ROOT).replace(".", "");
        return switch (b) {
            case "usd", "us$", "$", "$ us", "dollars", "dollars us", "us dollars", "dollar" -> "USD";
            case "xof", "fcfa", "f cfa", "cfa", "cfa francs", "francs cfa", "franc cfa" -> "XOF";
            case "eur", "€", "euro", "euros" -> "EUR";
            case "percent", "%", "pct", "per cent", "pourcent", "pour cent" -> "percent";
            case "persons", "person", "people", "personnes", "individuals" -> "persons";
            case "years", "year", "ans", "années" -> "years";
            default -> base.strip();
        };
    }

    /** True when this base and an indicator's unit name the same thing. */
    public boolean sameAs(String indicatorUnit) {
        return base.equalsIgnoreCase(canonical(indicatorUnit));
    }
}
