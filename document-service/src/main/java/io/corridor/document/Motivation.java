package io.corridor.document;

import java.util.Locale;

/** Why an annotation was made: the W3C motivations Corridor accepts (also the purposes of bodies). */
public enum Motivation {
    COMMENTING, HIGHLIGHTING, TAGGING, IDENTIFYING, LINKING, QUESTIONING, ASSESSING, REPLYING,
    /** W3C's classifying: the purpose that types a relation (linking) by a vocabulary concept. */
    CLASSIFYING;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The motivation named by {@code value}, or null for an unknown name. */
    public static Motivation of(String value) {
        for (Motivation m : values()) {
            if (m.value().equals(value)) {
                return m;
            }
        }
        return null;
    }

    public static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Motivation::value).toList());
    }
}
