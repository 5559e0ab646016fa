package io.corridor.document.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.corridor.document.LiveEvent;
import io.corridor.document.Viewer;
import io.smallrye.mutiny.Uni;

/**
 * One document's live events on this replica, shared by all its local subscribers. Each event is
 * loaded from the database and encoded as a frame once per replica, whatever the number of
 * subscribers; the frame is then written to each subscriber that may see it.
 */
public final class DocumentFeed {

    final long documentId;
    private final List<FeedSubscriber> subscribers = new CopyOnWriteArrayList<>();

    /** The id of the last event dispatched: the next load starts after it. Guarded by this. */
    long lastDispatched;
    /** A load is running; {@code again}: a notification came meanwhile, load once more after it. Guarded by this. */
    boolean loading;
    boolean again;
    /** Local subscribers, counted by {@link DocumentFeeds}: the feed is dropped when it falls to zero. Guarded by it. */
    int subscriberCount;
    /** Completes once {@link #lastDispatched} is set to the document's latest event at the feed's creation. */
    Uni<Void> ready;

    DocumentFeed(long documentId) {
        this.documentId = documentId;
    }

    void add(FeedSubscriber subscriber) {
        subscribers.add(subscriber);
    }

    void remove(FeedSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** An annotation event, to every subscriber that may see it. */
    void publish(LiveEvent event) {
        Frame frame = Frame.of(event);
        for (FeedSubscriber subscriber : subscribers) {
            subscriber.live(frame);
        }
    }

    /**
     * The viewers of the document as they stand, to each subscriber the names it may see; subscribers who
     * see the same names share one frame.
     */
    void presence(List<Viewer> viewers) {
        Map<List<String>, Frame> frames = new HashMap<>();
        for (FeedSubscriber subscriber : subscribers) {
            List<String> names = viewers.stream().filter(v -> v.visibleTo(subscriber.caller)).map(Viewer::name).toList();
            subscriber.live(frames.computeIfAbsent(names, n -> SseFrames.presence(documentId, n)));
        }
    }

    void fail() {
        subscribers.forEach(FeedSubscriber::end);
    }
}
