package io.corridor.document.live;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Caller;
import io.corridor.document.LiveEvent;
import io.corridor.document.Viewer;
import io.corridor.document.repository.AnnotationEventQueries;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Vertx;

/**
 * One subscriber's stream of a document: the events it missed (after its Last-Event-ID, within the
 * retention), then the live ones, each filtered by the annotation's visibility for the caller, with
 * presence events and keep-alive comments, until its token expires. The frames are written straight
 * to the subscriber's response ({@link FrameSink}), each encoded once per replica (see {@link DocumentFeed}).
 */
@ApplicationScoped
public class LiveEvents {

    private final DocumentRepository documents;
    private final AnnotationEventQueries queries;
    private final DocumentFeeds feeds;
    private final Presence presence;
    private final EventsConfig config;
    private final Vertx vertx;

    public LiveEvents(DocumentRepository documents, AnnotationEventQueries queries, DocumentFeeds feeds,
            Presence presence, EventsConfig config, Vertx vertx) {
        this.documents = documents;
        this.queries = queries;
        this.feeds = feeds;
        this.presence = presence;
        this.config = config;
        this.vertx = vertx;
    }

    /**
     * Writes the document's events to {@code sink} until the stream ends.
     *
     * @param lastEventId the last event the client received (null: none, no replay)
     * @param expires when the caller's credentials expire (null: unknown); the stream ends then, or
     *        after {@code corridor.events.max-stream-duration}, whichever comes first
     * @return no item: completes when the stream ends (the response is then ended), is cancelled when the
     *         client goes; fails with a 404 problem if the document does not exist or is deleted (the
     *         resource checks it before the stream starts, see DocumentEventPrecheck; checked here again
     *         for other callers)
     */
    public <T> Multi<T> follow(long documentId, Caller caller, Long lastEventId, Instant expires, FrameSink sink) {
        Duration life = life(expires, config);
        if (life.isNegative() || life.isZero()) {
            return Multi.createFrom().empty();
        }
        return documents.findLive(documentId).onItem().transformToMulti(document -> {
            if (document == null) {
                throw ProblemException.notFound("no document " + documentId);
            }
            return Multi.createFrom().<T> emitter(emitter -> stream(documentId, caller, lastEventId, life, sink, emitter));
        });
    }

    /**
     * What the notification streams share with the document streams: a bounded buffer for a slow subscriber,
     * keep-alive ticks, and an end when the caller's token expires ({@code expires}, null: unknown) or after
     * {@code corridor.events.max-stream-duration}, whichever comes first.
     */
    public static Multi<LiveEvent> bounded(Multi<LiveEvent> events, Instant expires, EventsConfig config) {
        Duration life = life(expires, config);
        if (life.isNegative() || life.isZero()) {
            return Multi.createFrom().empty();
        }
        Multi<LiveEvent> buffered = events.onOverflow().buffer(config.subscriberBuffer());
        Multi<LiveEvent> ticks = Multi.createFrom().ticks().every(config.keepAlive())
                .onOverflow().drop().map(tick -> LiveEvent.KEEP_ALIVE);
        return Multi.createBy().merging().streams(buffered, ticks).select().first(life);
    }

    /** How long a stream may live: until the token expires, at most {@code corridor.events.max-stream-duration}. */
    private static Duration life(Instant expires, EventsConfig config) {
        Duration life = config.maxStreamDuration();
        if (expires != null) {
            Duration left = Duration.between(Instant.now(), expires);
            life = left.compareTo(life) < 0 ? left : life;
        }
        return life;
    }

    private void stream(long documentId, Caller caller, Long lastEventId, Duration life, FrameSink sink,
            MultiEmitter<?> emitter) {
        FeedSubscriber subscriber = new FeedSubscriber(caller, lastEventId == null ? 0 : lastEventId, sink,
                config.subscriberBuffer(), emitter::complete);
        DocumentFeed feed = feeds.open(documentId, subscriber);
        // joining announces the viewers, this one included, to every local subscriber: this one is in the feed already
        long viewer = presence.join(documentId, new Viewer(caller.name(), caller.teams()));
        long keepAlive = vertx.setPeriodic(config.keepAlive().toMillis(), t -> subscriber.write(SseFrames.KEEP_ALIVE));
        long end = vertx.setTimer(Math.max(1, life.toMillis()), t -> subscriber.end());
        emitter.onTermination(() -> {
            vertx.cancelTimer(keepAlive);
            vertx.cancelTimer(end);
            feeds.close(feed, subscriber);
            presence.leave(documentId, viewer);
        });
        Multi<LiveEvent> replay = lastEventId == null ? Multi.createFrom().empty()
                : queries.after(documentId, lastEventId, config.retention());
        feed.ready.onItem().transformToMulti(x -> replay)
                .subscribe().with(event -> subscriber.replayed(Frame.of(event)), failure -> subscriber.end(), subscriber::open);
    }
}
