package io.corridor.document.curation;

import java.util.Locale;

/** Where a unit stands: every annotator said the same, they differ, one annotator alone, or already curated. */
public enum UnitState {
    AGREED, DISAGREED, SINGLE, CURATED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state named by {@code value}, or null for an unknown name. */
    public static UnitState of(String value) {
        for (UnitState s : values()) {
            if (s.value().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
