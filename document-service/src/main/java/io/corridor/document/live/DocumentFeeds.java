package io.corridor.document.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corridor.document.Viewer;
import io.corridor.document.repository.AnnotationEventQueries;

/**
 * The documents that have subscribers on this replica, and the dispatch of their events. A
 * notification on {@link EventChannel#EVENTS} names a document and an event id; the feed of that
 * document, if any, loads every event after the last one it dispatched (in id order, which is
 * commit order within a document) and hands them to its subscribers. Loading "after the last
 * dispatched" rather than "the notified id" makes a missed or reordered notification harmless, and
 * is also how a feed catches up after the LISTEN connection was lost.
 */
@ApplicationScoped
public class DocumentFeeds {

    private static final Logger LOG = Logger.getLogger(DocumentFeeds.class);

    private final AnnotationEventQueries queries;
    /** Guarded by this. */
    private final Map<Long, DocumentFeed> feeds = new HashMap<>();

    public DocumentFeeds(AnnotationEventQueries queries) {
        this.queries = queries;
    }

    /**
     * The document's feed, with one more subscriber; {@link DocumentFeed#ready} completes when it
     * dispatches every event committed from then on. Pair with {@link #close}.
     */
    synchronized DocumentFeed open(long documentId, FeedSubscriber subscriber) {
        DocumentFeed feed = feeds.computeIfAbsent(documentId, DocumentFeed::new);
        feed.add(subscriber);
        if (feed.subscriberCount++ == 0) {
            feed.ready = queries.lastId(documentId)
                    .invoke(last -> {
                        synchronized (feed) {
                            feed.lastDispatched = last;
                        }
                    })
                    .onFailure().invoke(failure -> drop(feed, failure))
                    .replaceWithVoid().memoize().indefinitely();
            // a notification may have come while the latest id was read
            feed.ready.subscribe().with(x -> load(feed), failure -> {
            });
        }
        return feed;
    }

    synchronized void close(DocumentFeed feed, FeedSubscriber subscriber) {
        feed.remove(subscriber);
        if (--feed.subscriberCount == 0) {
            feeds.remove(feed.documentId, feed);
        }
    }

    /** How many subscribers this replica has for the document. */
    public synchronized int subscribers(long documentId) {
        DocumentFeed feed = feeds.get(documentId);
        return feed == null ? 0 : feed.subscriberCount;
    }

    /** A notification {@code "<document id>:<event id>"} from the LISTEN connection. */
    void notified(String payload) {
        int colon = payload.indexOf(':');
        long documentId;
        long eventId;
        try {
            documentId = Long.parseLong(payload.substring(0, colon));
            eventId = Long.parseLong(payload.substring(colon + 1));
        } catch (RuntimeException e) {
            LOG.warnf("ignored malformed event notification %s", payload);
            return;
        }
        DocumentFeed feed;
        synchronized (this) {
            feed = feeds.get(documentId);
        }
        if (feed != null) {
            synchronized (feed) {
                if (eventId <= feed.lastDispatched) {
                    return;
                }
            }
            load(feed);
        }
    }

    /** After the LISTEN connection was (re)established: notifications may have been lost meanwhile. */
    void resync() {
        List<DocumentFeed> all;
        synchronized (this) {
            all = List.copyOf(feeds.values());
        }
        all.forEach(this::load);
    }

    /** Hands the document's viewers to its local subscribers, if any (see {@link DocumentFeed#presence}). */
    void presence(long documentId, List<Viewer> viewers) {
        DocumentFeed feed;
        synchronized (this) {
            feed = feeds.get(documentId);
        }
        if (feed != null) {
            feed.presence(viewers);
        }
    }

    private void load(DocumentFeed feed) {
        synchronized (feed) {
            if (feed.loading) {
                feed.again = true;
                return;
            }
            feed.loading = true;
            feed.again = false;
        }
        feed.ready.onItem().transformToMulti(x -> {
            synchronized (feed) {
                return queries.after(feed.documentId, feed.lastDispatched, null);
            }
        }).subscribe().with(event -> {
            synchronized (feed) {
                feed.lastDispatched = event.id();
            }
            feed.publish(event);
        }, failure -> {
            // the next notification, or the next resync, loads from the same point again
            LOG.warnf(failure, "could not load the events of document %d", feed.documentId);
            loaded(feed);
        }, () -> loaded(feed));
    }

    private void loaded(DocumentFeed feed) {
        boolean again;
        synchronized (feed) {
            feed.loading = false;
            again = feed.again;
        }
        if (again) {
            load(feed);
        }
    }

    private void drop(DocumentFeed feed, Throwable failure) {
        LOG.warnf(failure, "could not open the live feed of document %d", feed.documentId);
        synchronized (this) {
            feeds.remove(feed.documentId, feed);
        }
        feed.fail();
    }
}
