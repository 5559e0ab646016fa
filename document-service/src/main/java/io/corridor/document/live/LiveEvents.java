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
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * One subscriber's stream of a document: the events it missed (after its Last-Event-ID, within the
 * retention), then the live ones, each filtered by the annotation's visibility for the caller, with
 * presence events and keep-alive ticks, until its token expires.
 */
@ApplicationScoped
public class LiveEvents {

    private final DocumentRepository documents;
    private final AnnotationEventQueries queries;
    private final DocumentFeeds feeds;
    private final Presence presence;
    private final EventsConfig config;

    public LiveEvents(DocumentRepository documents, AnnotationEventQueries queries, DocumentFeeds feeds,
            Presence presence, EventsConfig config) {
        this.documents = documents;
        this.queries = queries;
        this.feeds = feeds;
        this.presence = presence;
        this.config = config;
    }

    /**
     * @param lastEventId the last event the client received (null: none, no replay)
     * @param expires when the caller's credentials expire (null: unknown); the stream ends then, or
     *        after {@code corridor.events.max-stream-duration}, whichever comes first
     * @return the events; fails with a 404 problem if the document does not exist or is deleted
     *         (the resource checks it before the stream starts, see DocumentEventPrecheck; checked
     *         here again for other callers)
     */
    public Multi<LiveEvent> follow(long documentId, Caller caller, Long lastEventId, Instant expires) {
        return bounded(documents.findLive(documentId).onItem().transformToMulti(document -> {
            if (document == null) {
                throw ProblemException.notFound("no document " + documentId);
            }
            return events(documentId, caller, lastEventId);
        }), expires, config);
    }

    /**
     * What every stream of this service shares: a bounded buffer for a slow subscriber, keep-alive ticks,
     * and an end when the caller's token expires ({@code expires}, null: unknown) or after
     * {@code corridor.events.max-stream-duration}, whichever comes first.
     */
    public static Multi<LiveEvent> bounded(Multi<LiveEvent> events, Instant expires, EventsConfig config) {
        Duration life = config.maxStreamDuration();
        if (expires != null) {
            Duration left = Duration.between(Instant.now(), expires);
            life = left.compareTo(life) < 0 ? left : life;
        }
        if (life.isNegative() || life.isZero()) {
            return Multi.createFrom().empty();
        }
        Multi<LiveEvent> buffered = events.onOverflow().buffer(config.subscriberBuffer());
        Multi<LiveEvent> ticks = Multi.createFrom().ticks().every(config.keepAlive())
                .onOverflow().drop().map(tick -> LiveEvent.KEEP_ALIVE);
        return Multi.createBy().merging().streams(buffered, ticks).select().first(life);
    }

    private Multi<LiveEvent> events(long documentId, Caller caller, Long lastEventId) {
        return Multi.createFrom().<LiveEvent> emitter(emitter -> {
            ReplayGate gate = new ReplayGate(lastEventId == null ? 0 : lastEventId, event -> {
                if (event.presence()) {
                    emitter.emit(presence.seenBy(event, documentId, caller));
                } else if (event.visibleTo(caller)) {
                    emitter.emit(event);
                }
            });
            DocumentFeed feed = feeds.open(documentId);
            Cancellable live = feed.events().subscribe().with(gate::live, emitter::fail, emitter::complete);
            // joining sends the viewers, this one included, to every local subscriber: this one follows the feed already
            long viewer = presence.join(documentId, new Viewer(caller.name(), caller.teams()));
            emitter.onTermination(() -> {
                live.cancel();
                feeds.close(feed);
                presence.leave(documentId, viewer);
            });
            Multi<LiveEvent> replay = lastEventId == null ? Multi.createFrom().empty()
                    : queries.after(documentId, lastEventId, config.retention());
            feed.ready.onItem().transformToMulti(x -> replay)
                    .subscribe().with(gate::replayed, emitter::fail, gate::open);
        }, BackPressureStrategy.ERROR);
    }
}
