package io.corridor.support.security;

/**
 * Corridor's realm roles. Keycloak composes them (admin ⊃ curator ⊃ annotator ⊃ reader) and
 * puts the expanded set in each token, so a check for {@link #READER} admits every signed-in member.
 */
public final class Roles {

    /** Reads what is shared with them. */
    public static final String READER = "reader";
    /** Reader, plus uploads documents and writes own annotations. */
    public static final String ANNOTATOR = "annotator";
    /** Annotator, plus curates actors, relations, annotations and imports indicator data. */
    public static final String CURATOR = "curator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
