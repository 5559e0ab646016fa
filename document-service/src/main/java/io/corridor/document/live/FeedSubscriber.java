package io.corridor.document.live;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.corridor.document.Caller;
import io.vertx.core.buffer.Buffer;

/**
 * One stream of a document's events: its caller, the gate that joins its replay with the live
 * events, and its response, to which the frames it may see are written as they are. A subscriber
 * that falls {@code limit} frames behind (frames written but not yet taken by its connection) has its
 * stream ended: it reconnects with its Last-Event-ID and replays what it missed.
 */
final class FeedSubscriber {

    final Caller caller;
    private final FrameSink sink;
    private final int limit;
    private final Runnable onEnd;
    private final ReplayGate gate;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean ended = new AtomicBoolean();

    /**
     * @param after the Last-Event-ID, or 0
     * @param onEnd ends the stream (once, whatever ended it)
     */
    FeedSubscriber(Caller caller, long after, FrameSink sink, int limit, Runnable onEnd) {
        this.caller = caller;
        this.sink = sink;
        this.limit = limit;
        this.onEnd = onEnd;
        this.gate = new ReplayGate(after, frame -> {
            if (frame.visibleTo(caller)) {
                write(frame.bytes());
            }
        });
    }

    /** From the feed: held while the replay runs. */
    void live(Frame frame) {
        gate.live(frame);
    }

    /** From this subscriber's replay. */
    void replayed(Frame frame) {
        gate.replayed(frame);
    }

    /** The replay is done. */
    void open() {
        gate.open();
    }

    void write(Buffer frame) {
        if (ended.get()) {
            return;
        }
        if (pending.incrementAndGet() > limit) {
            end();
            return;
        }
        try {
            sink.write(frame).onComplete(done -> {
                pending.decrementAndGet();
                if (done.failed()) {
                    end();
                }
            });
        } catch (RuntimeException closed) {
            end();
        }
    }

    void end() {
        if (ended.compareAndSet(false, true)) {
            onEnd.run();
        }
    }
}
