package io.corridor.support.concurrency;

/** A representation whose version is its ETag; records satisfy it with a {@code version} component. */
public interface Versioned {

    long version();
}
