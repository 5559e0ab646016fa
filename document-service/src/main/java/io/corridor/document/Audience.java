package io.corridor.document;

import java.util.List;

/**
 * Who may see one annotation of a thread, as it was when an event was written: its creator,
 * visibility and teams. A live event of a reply carries those of every annotation up its thread.
 */
public record Audience(String creator, Visibility visibility, List<String> teams) {

    public Audience {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    public static Audience of(Annotation a) {
        return new Audience(a.creator, a.visibilityRule(), a.teamList());
    }

    public boolean allows(Caller caller) {
        return visibility != null && visibility.allows(caller, creator, teams);
    }
}
