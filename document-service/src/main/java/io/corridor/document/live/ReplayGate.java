package io.corridor.document.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Joins one subscriber's replay (events after its Last-Event-ID, read from the database) with the
 * live events of its document's feed, without a gap and without a duplicate. The feed is followed
 * before the replay is read, so an event committed in between is in one of them or both; live events
 * are held until the replay is done, and an annotation event is passed on only if its id is above the
 * last one passed (ids follow commit order within a document).
 */
final class ReplayGate {

    private final Consumer<Frame> out;
    /** Live events held while the replay runs; null once it is done. Guarded by this. */
    private List<Frame> held = new ArrayList<>();
    private long last;

    /** @param after the Last-Event-ID, or 0 */
    ReplayGate(long after, Consumer<Frame> out) {
        this.last = after;
        this.out = out;
    }

    synchronized void live(Frame event) {
        if (held != null) {
            held.add(event);
        } else {
            pass(event);
        }
    }

    synchronized void replayed(Frame event) {
        pass(event);
    }

    /** The replay is complete: pass on what the feed brought meanwhile. */
    synchronized void open() {
        if (held != null) {
            List<Frame> waiting = held;
            held = null;
            waiting.forEach(this::pass);
        }
    }

    private void pass(Frame event) {
        if (event.id() == null) {
            out.accept(event);
        } else if (event.id() > last) {
            last = event.id();
            out.accept(event);
        }
    }
}
