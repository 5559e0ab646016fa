package io.corridor.document.live;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.document.Caller;
import io.corridor.document.LiveEvent;
import io.corridor.document.api.NotificationView;
import io.corridor.document.repository.NotificationQueries;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Each member's live notifications on this replica. A notification's insert NOTIFYs every replica
 * ({@link EventChannel#NOTIFICATIONS}, payload {@code "<id>:<recipient>"}, at commit); the recipient's
 * subscribers here then each load what came after the last one they sent, with the recipient's rights of
 * now (so a notification of what they may no longer see is never sent, as in the inbox), and a missed
 * notification is caught by the next one or by a resync after the LISTEN connection came back.
 */
@ApplicationScoped
public class NotificationStreams {

    private static final Logger LOG = Logger.getLogger(NotificationStreams.class);
    /** Notifications read per query; a longer backlog is read page after page. */
    static final int PAGE = 100;
    public static final String EVENT = "notification";

    private final NotificationQueries queries;
    private final EventsConfig config;
    private final ObjectMapper json;
    private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();

    public NotificationStreams(NotificationQueries queries, EventsConfig config, ObjectMapper json) {
        this.queries = queries;
        this.config = config;
        this.json = json;
    }

    /**
     * The caller's notifications from now on, or after {@code lastEventId} (replay has no window: the
     * notifications are kept), as {@code notification} events with their id; keep-alives and the end at
     * the token's expiry as for a document's events.
     */
    public Multi<LiveEvent> follow(Caller caller, Long lastEventId, Instant expires) {
        Multi<LiveEvent> events = Multi.createFrom().<LiveEvent> emitter(emitter -> {
            Subscriber s = new Subscriber(caller, emitter);
            // followed before the starting point is read: a notification committed meanwhile is loaded by either
            subscribers.computeIfAbsent(caller.name(), k -> ConcurrentHashMap.newKeySet()).add(s);
            emitter.onTermination(() -> subscribers.computeIfPresent(caller.name(), (k, set) -> {
                set.remove(s);
                return set.isEmpty() ? null : set;
            }));
            (lastEventId != null ? io.smallrye.mutiny.Uni.createFrom().item(lastEventId) : queries.lastId(caller.name()))
                    .subscribe().with(s::start, emitter::fail);
        }, BackPressureStrategy.BUFFER);
        return LiveEvents.bounded(events, expires, config);
    }

    /** A notification {@code "<id>:<recipient>"} from the LISTEN connection. */
    void notified(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            LOG.warnf("ignored malformed notification %s", payload);
            return;
        }
        Set<Subscriber> set = subscribers.get(payload.substring(colon + 1));
        if (set != null) {
            set.forEach(Subscriber::load);
        }
    }

    /** After the LISTEN connection was (re)established: notifications may have been lost meanwhile. */
    void resync() {
        subscribers.values().forEach(set -> set.forEach(Subscriber::load));
    }

    private final class Subscriber {

        private final Caller caller;
        private final MultiEmitter<? super LiveEvent> emitter;
        /** Guarded by this: the last id sent (-1 until started), a load running, another wanted after it. */
        private long last = -1;
        private boolean loading;
        private boolean again;

        Subscriber(Caller caller, MultiEmitter<? super LiveEvent> emitter) {
            this.caller = caller;
            this.emitter = emitter;
        }

        void start(long after) {
            synchronized (this) {
                last = after;
            }
            load();
        }

        void load() {
            long from;
            synchronized (this) {
                if (last < 0 || loading) {
                    again = true;
                    return;
                }
                loading = true;
                again = false;
                from = last;
            }
            queries.after(caller, from, PAGE).subscribe().with(list -> {
                for (NotificationView n : list) {
                    emitter.emit(new LiveEvent(n.id(), EVENT, write(n), null, null, java.util.List.of()));
                }
                boolean more;
                synchronized (this) {
                    if (!list.isEmpty()) {
                        last = list.getLast().id();
                    }
                    loading = false;
                    more = again || list.size() == PAGE;
                }
                if (more) {
                    load();
                }
            }, failure -> {
                LOG.warnf(failure, "could not load the notifications of %s", caller.name());
                synchronized (this) {
                    loading = false;
                }
            });
        }
    }

    private String write(NotificationView n) {
        try {
            return json.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
