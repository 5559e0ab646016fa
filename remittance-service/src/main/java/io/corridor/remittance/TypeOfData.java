package io.corridor.remittance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * UN DESA's "type of data" of a migrant stock: what the destination country's source counts. B: the foreign-born; C:
 * foreign citizens; R: refugees and asylum seekers added to them (UNHCR, UNRWA); I: no data, the estimate is imputed.
 * Codes combine ("B R", "C R"). A citizenship-based stock (C) leaves out naturalized migrants and counts the children
 * of migrants born in the country: a verdict against it says so.
 */
public enum TypeOfData {
    B("counts the foreign-born"),
    C("counts foreign citizens, not the foreign-born: naturalized migrants are left out and children of migrants born in "
            + "the country are counted"),
    R("adds refugees and asylum seekers"),
    I("is imputed: the country had no data on its migrants");

    public final String meaning;

    TypeOfData(String meaning) {
        this.meaning = meaning;
    }

    /**
     * Normalizes the codes as UN DESA writes them ("B", "C R", "B,R", "b r") to letters separated by a space; null for
     * an empty cell.
     *
     * @throws IllegalArgumentException for any other letter or text
     */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (String token : raw.strip().toUpperCase(Locale.ROOT).split("[\\s,;+/]+")) {
            if (token.length() != 1 || "BCRI".indexOf(token.charAt(0)) < 0) {
                throw new IllegalArgumentException("is not a UN DESA type of data: B (foreign-born), C (foreign citizens), "
                        + "R (refugees added), I (imputed), or a combination such as \"C R\"");
            }
            if (!codes.contains(token)) {
                codes.add(token);
            }
        }
        return String.join(" ", codes);
    }

    /** What the normalized codes mean, in their order. */
    public static List<String> meanings(String normalized) {
        if (normalized == null) {
            return List.of();
        }
        return java.util.Arrays.stream(normalized.split(" ")).map(c -> valueOf(c).meaning).toList();
    }
}
