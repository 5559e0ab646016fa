package io.corridor.document;

import java.util.List;

/**
 * Someone viewing a document (a subscriber of its live events), with the teams of their token: who
 * may see them among the other viewers is decided like a team annotation of theirs (themselves, and
 * whoever shares a team with them).
 */
public record Viewer(String name, List<String> teams) {

    public Viewer {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    public boolean visibleTo(Caller caller) {
        return Visibility.TEAM.allows(caller, name, teams);
    }
}
