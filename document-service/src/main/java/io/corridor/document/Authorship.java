package io.corridor.document;

import java.util.List;


/**
 * Who an annotation is written by: the creator (a user name, or an agent such as
 * {@code corridor-suggester}), the teams that "team" visibility opens it to, its initial status,
 * and the software that wrote it on the creator's behalf (an import's original author), if any.
 */
public record Authorship(String creator, List<String> teams, String status, String generator) {

    public static final String SUGGESTER = "corridor-suggester";

    public Authorship {
        teams = teams == null ? List.of() : List.copyOf(teams);
        status = status == null ? Annotation.ACCEPTED : status;
    }

    /** A person writing directly: their own name and teams, accepted. */
    public static Authorship of(Caller caller) {
        return new Authorship(caller.name(), caller.teams(), Annotation.ACCEPTED, null);
    }
}
