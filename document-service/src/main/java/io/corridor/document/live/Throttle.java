package io.corridor.document.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.vertx.core.Vertx;

/**
 * Runs a key's action at most once per interval, and always once after the last request: the first
 * request runs it at once, those during the following interval run it once when the interval ends.
 * For announcements of a state (presence), where only the latest matters and a storm of changes (a
 * hundred readers opening a document) must not become a storm of messages. The action reads the
 * state when it runs, so a change after it has read is announced by the next run.
 */
final class Throttle {

    private final Vertx vertx;
    private final long interval;
    /** Keys in their quiet interval, true if requested meanwhile. Guarded by this. */
    private final Map<Long, Boolean> quiet = new HashMap<>();

    Throttle(Vertx vertx, Duration interval) {
        this.vertx = vertx;
        this.interval = Math.max(1, interval.toMillis());
    }

    void request(long key, Runnable action) {
        synchronized (this) {
            if (quiet.containsKey(key)) {
                quiet.put(key, true);
                return;
            }
            quiet.put(key, false);
        }
        run(key, action);
    }

    private void run(long key, Runnable action) {
        try {
            action.run();
        } finally {
            vertx.setTimer(interval, t -> {
                boolean again;
                synchronized (this) {
                    again = quiet.remove(key);
                    if (again) {
                        quiet.put(key, false);
                    }
                }
                if (again) {
                    run(key, action);
                }
            });
        }
    }
}
