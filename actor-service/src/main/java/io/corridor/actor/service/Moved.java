package io.corridor.actor.service;

/** The entry asked for was merged: the answer is a permanent redirect (308) to the survivor. */
public class Moved extends RuntimeException {

    private final long from;
    private final long to;

    public Moved(long from, long to) {
        super("merged into " + to, null, false, false);
        this.from = from;
        this.to = to;
    }

    public long from() {
        return from;
    }

    public long to() {
        return to;
    }
}
