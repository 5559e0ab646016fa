package io.corridor.document;

import java.util.List;

/**
 * A member as the service last saw them in a token: user name, display name and teams. Who a mention
 * may name and the autocomplete may offer: they must be allowed to see the annotation.
 */
public record Member(String username, String name, List<String> teams) {

    public Member {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    /** The member as a reader of annotations (no curator's powers are known from the directory). */
    public Caller asCaller() {
        return new Caller(username, false, false, teams);
    }
}
