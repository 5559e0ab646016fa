package io.corridor.document.live;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.Viewer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Who is viewing a document, across every replica. The subscribers of a document's stream are its
 * viewers. Each replica announces its own viewers of a document (their names and teams, a full state
 * rather than a join or leave, so a lost or repeated notice heals) on {@link EventChannel#PRESENCE}
 * when they change and every heartbeat; each replica keeps what the others announced and forgets a
 * replica not heard from for three heartbeats (a crashed one). Any change of a document's viewers is
 * sent to its local subscribers as a {@code presence} event, which has no id and is never replayed,
 * and which names to each subscriber only the viewers it may see ({@link DocumentFeed#presence}).
 * Both are coalesced ({@code corridor.events.presence-interval}): a hundred readers opening a document
 * at once make a few presence events and notices, not a hundred to each of them.
 */
@ApplicationScoped
public class Presence {

    private static final Logger LOG = Logger.getLogger(Presence.class);
    /** NOTIFY payloads are limited to 8000 bytes; a longer list of names is cut (and says so). */
    static final int MAX_NOTICE_BYTES = 7500;

    /** This replica, in the notices. */
    final String replica = UUID.randomUUID().toString();
    private final DocumentFeeds feeds;
    private final Pool pool;
    private final ObjectMapper json;
    private final Duration expiry;
    private final AtomicLong subscriptions = new AtomicLong();
    /** At most one presence frame per document per interval to its local subscribers, and one notice to the others. */
    private final Throttle fanOut;
    private final Throttle notices;

    /** Local viewers: document -> subscription -> viewer. Guarded by this. */
    private final Map<Long, Map<Long, Viewer>> local = new HashMap<>();
    /** What the other replicas announced: document -> replica -> viewers and when heard. Guarded by this. */
    private final Map<Long, Map<String, Heard>> remote = new HashMap<>();
    /** Documents whose next notice asks the other replicas to announce theirs. Guarded by this. */
    private final Set<Long> asking = new HashSet<>();

    private record Heard(Set<Viewer> viewers, long at) {
    }

    public Presence(DocumentFeeds feeds, Pool pool, ObjectMapper json, EventsConfig config, Vertx vertx) {
        this.feeds = feeds;
        this.pool = pool;
        this.json = json;
        this.expiry = config.presenceHeartbeat().multipliedBy(3);
        this.fanOut = new Throttle(vertx, config.presenceInterval());
        this.notices = new Throttle(vertx, config.presenceInterval());
    }

    /** A new subscriber of the document; returns its subscription id, for {@link #leave}. */
    public long join(long documentId, Viewer viewer) {
        long subscription = subscriptions.incrementAndGet();
        boolean first;
        synchronized (this) {
            Map<Long, Viewer> viewers = local.computeIfAbsent(documentId, d -> new HashMap<>());
            first = viewers.isEmpty();
            viewers.put(subscription, viewer);
        }
        changed(documentId);
        // the first local viewer asks the others to announce theirs now rather than at their next heartbeat
        announce(documentId, first);
        return subscription;
    }

    public void leave(long documentId, long subscription) {
        synchronized (this) {
            Map<Long, Viewer> viewers = local.get(documentId);
            if (viewers == null || viewers.remove(subscription) == null) {
                return;
            }
            if (viewers.isEmpty()) {
                local.remove(documentId);
            }
        }
        changed(documentId);
        announce(documentId, false);
    }

    /**
     * The document's viewers on every replica: distinct names, sorted, each with the teams of all its
     * connections (one person may hold tokens of different teams).
     */
    public synchronized List<Viewer> viewers(long documentId) {
        SortedMap<String, Set<String>> teams = new TreeMap<>();
        local.getOrDefault(documentId, Map.of()).values()
                .forEach(v -> teams.computeIfAbsent(v.name(), n -> new TreeSet<>()).addAll(v.teams()));
        remote.getOrDefault(documentId, Map.of()).values().forEach(h -> h.viewers()
                .forEach(v -> teams.computeIfAbsent(v.name(), n -> new TreeSet<>()).addAll(v.teams())));
        List<Viewer> viewers = new ArrayList<>();
        teams.forEach((name, of) -> viewers.add(new Viewer(name, List.copyOf(of))));
        return viewers;
    }

    /** A notice from the presence channel, ours included (ignored: already applied). */
    void notified(String payload) {
        JsonNode notice;
        try {
            notice = json.readTree(payload);
        } catch (JsonProcessingException e) {
            LOG.warnf("ignored malformed presence notice %s", payload);
            return;
        }
        String from = notice.path("replica").asText("");
        long documentId = notice.path("documentId").asLong(-1);
        if (from.isEmpty() || documentId < 0 || from.equals(replica)) {
            return;
        }
        Set<Viewer> viewers = new HashSet<>();
        // {"name", "teams"}; a bare name (a notice without teams) is a viewer no one else may see
        notice.path("viewers").forEach(n -> {
            List<String> teams = new ArrayList<>();
            n.path("teams").forEach(t -> teams.add(t.asText()));
            viewers.add(new Viewer(n.isObject() ? n.path("name").asText() : n.asText(), teams));
        });
        boolean answer;
        synchronized (this) {
            Map<String, Heard> replicas = remote.computeIfAbsent(documentId, d -> new HashMap<>());
            Heard before = viewers.isEmpty() ? replicas.remove(from) : replicas.put(from, new Heard(viewers, System.nanoTime()));
            if (replicas.isEmpty()) {
                remote.remove(documentId);
            }
            answer = notice.path("ask").asBoolean(false) && local.containsKey(documentId);
            if ((before == null ? Set.of() : before.viewers()).equals(viewers) && !answer) {
                return;
            }
        }
        changed(documentId);
        if (answer) {
            announce(documentId, false);
        }
    }

    /** After the LISTEN connection was (re)established: others may have expired us, and we missed their news. */
    void resync() {
        List<Long> documents;
        synchronized (this) {
            documents = List.copyOf(local.keySet());
        }
        documents.forEach(d -> announce(d, true));
    }

    /** Announces this replica's viewers, and forgets replicas that fell silent. */
    @Scheduled(every = "${corridor.events.presence-heartbeat:15s}", delayed = "${corridor.events.presence-heartbeat:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        List<Long> announced;
        List<Long> expired = new ArrayList<>();
        long now = System.nanoTime();
        synchronized (this) {
            announced = List.copyOf(local.keySet());
            remote.forEach((documentId, replicas) -> {
                if (replicas.values().removeIf(h -> now - h.at() > expiry.toNanos())) {
                    expired.add(documentId);
                }
            });
            remote.values().removeIf(Map::isEmpty);
        }
        announced.forEach(d -> announce(d, false));
        expired.forEach(this::changed);
    }

    /** A replica shutting down says its viewers left, rather than letting the others wait for the expiry. */
    void onStop(@Observes ShutdownEvent event) {
        List<Long> documents;
        synchronized (this) {
            documents = List.copyOf(local.keySet());
            local.clear();
        }
        for (long documentId : documents) {
            try {
                notice(documentId, List.of(), false).await().atMost(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debugf(e, "could not announce the departure of viewers of document %d", documentId);
            }
        }
    }

    /** The document's viewers changed: its local subscribers are told, soon (see {@link Throttle}). */
    private void changed(long documentId) {
        fanOut.request(documentId, () -> feeds.presence(documentId, viewers(documentId)));
    }

    /** This replica's viewers of the document changed, or were asked for: the other replicas are told, soon. */
    private void announce(long documentId, boolean ask) {
        if (ask) {
            synchronized (this) {
                asking.add(documentId);
            }
        }
        notices.request(documentId, () -> announceNow(documentId));
    }

    private void announceNow(long documentId) {
        SortedMap<String, Set<String>> teams = new TreeMap<>();
        boolean ask;
        synchronized (this) {
            local.getOrDefault(documentId, Map.of()).values()
                    .forEach(v -> teams.computeIfAbsent(v.name(), n -> new TreeSet<>()).addAll(v.teams()));
            ask = asking.remove(documentId);
        }
        List<Viewer> viewers = new ArrayList<>();
        teams.forEach((name, of) -> viewers.add(new Viewer(name, List.copyOf(of))));
        notice(documentId, viewers, ask).subscribe().with(x -> {
        }, failure -> LOG.warnf(failure, "could not announce the viewers of document %d", documentId));
    }

    private Uni<Void> notice(long documentId, List<Viewer> viewers, boolean ask) {
        ObjectNode notice = json.createObjectNode();
        notice.put("replica", replica).put("documentId", documentId).put("ask", ask);
        ArrayNode list = notice.putArray("viewers");
        int bytes = notice.toString().getBytes(StandardCharsets.UTF_8).length;
        for (Viewer viewer : viewers) {
            ObjectNode entry = json.createObjectNode().put("name", viewer.name());
            viewer.teams().forEach(entry.putArray("teams")::add);
            bytes += entry.toString().getBytes(StandardCharsets.UTF_8).length + 1;
            if (bytes > MAX_NOTICE_BYTES) {
                LOG.warnf("presence of document %d cut to %d names (NOTIFY payload limit)", documentId, list.size());
                break;
            }
            list.add(entry);
        }
        return pool.preparedQuery("select pg_notify($1, $2)").execute(Tuple.of(EventChannel.PRESENCE, notice.toString()))
                .replaceWithVoid();
    }
}
