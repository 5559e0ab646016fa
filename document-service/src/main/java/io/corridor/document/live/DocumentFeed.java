package io.corridor.document.live;

import io.corridor.document.LiveEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;

/**
 * One document's live events on this replica, shared by all its local subscribers. Each event is
 * loaded from the database once per replica, whatever the number of subscribers; they filter it
 * for their caller themselves.
 */
public final class DocumentFeed {

    final long documentId;
    /** Serialized: dispatch from the LISTEN connection and presence timers may race. */
    private final SerializedProcessor<LiveEvent, LiveEvent> processor = BroadcastProcessor.<LiveEvent> create().serialized();

    /** The id of the last event dispatched: the next load starts after it. Guarded by this. */
    long lastDispatched;
    /** A load is running; {@code again}: a notification came meanwhile, load once more after it. Guarded by this. */
    boolean loading;
    boolean again;
    /** Local subscribers; the feed is dropped when it falls to zero. Guarded by {@link DocumentFeeds}. */
    int subscribers;
    /** Completes once {@link #lastDispatched} is set to the document's latest event at the feed's creation. */
    Uni<Void> ready;

    DocumentFeed(long documentId) {
        this.documentId = documentId;
    }

    /** Events from now on: annotation events in id order, and presence changes. */
    public Multi<LiveEvent> events() {
        return Multi.createFrom().publisher(processor);
    }

    void publish(LiveEvent event) {
        processor.onNext(event);
    }

    void fail(Throwable failure) {
        processor.onError(failure);
    }
}
