package io.corridor.remittance;

import java.util.Locale;

/** The sex an observation counts, where the source breaks it down; {@code total} otherwise. */
public enum Sex {
    total, female, male;

    /** Reads the spellings of the field's formats: SDMX codes (_T, F, M), UN DESA labels, plain words. */
    public static Sex parse(String raw) {
        String s = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "_t", "t", "total", "both sexes", "both", "all" -> total;
            case "f", "female", "females", "women" -> female;
            case "m", "male", "males", "men" -> male;
            default -> throw new IllegalArgumentException("is not a sex: use total, female or male (or _T, F, M)");
        };
    }
}
