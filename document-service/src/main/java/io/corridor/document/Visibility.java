package io.corridor.document;

import java.util.Collection;
import java.util.Locale;

/**
 * Who may see an annotation. The one rule for reads, listings, exports and live events: an
 * annotation a caller may not see answers 404, exactly like one that does not exist.
 */
public enum Visibility {
    /** The creator alone. */
    PRIVATE,
    /** The creator and members of the teams the creator belonged to when writing it. */
    TEAM,
    /** Every signed-in reader. */
    PUBLIC;

    public boolean allows(Caller caller, String creator, Collection<String> teams) {
        return switch (this) {
            case PUBLIC -> true;
            case PRIVATE -> caller.name().equals(creator);
            case TEAM -> caller.name().equals(creator) || caller.teams().stream().anyMatch(teams::contains);
        };
    }

    /** Whether this lets more people see than {@code other} does (private < team < public). */
    public boolean widerThan(Visibility other) {
        return compareTo(other) > 0;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The visibility named by {@code value} (private, team, public), or null for an unknown name. */
    public static Visibility of(String value) {
        for (Visibility v : values()) {
            if (v.value().equals(value)) {
                return v;
            }
        }
        return null;
    }
}
