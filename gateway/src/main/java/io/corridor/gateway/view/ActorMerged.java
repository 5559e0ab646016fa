package io.corridor.gateway.view;

/** The actor asked for was merged: its dossier is the survivor's, at {@code location} (a path). */
public class ActorMerged extends RuntimeException {

    private final String location;

    public ActorMerged(String location) {
        super("merged; see " + location, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
