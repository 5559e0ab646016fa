package io.corridor.document.live;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;

/**
 * This replica's one LISTEN connection, outside the pool (a pooled connection would be returned and
 * lose its LISTEN). Every replica listens, and every write notifies in its transaction, so an event
 * reaches the subscribers of all replicas whichever replica wrote it. When the connection drops it is
 * re-established with backoff; notifications sent meanwhile are lost, so on every (re)subscription the
 * feeds reload from the last event they dispatched and the presence is announced again.
 */
@ApplicationScoped
public class EventChannel {

    private static final Logger LOG = Logger.getLogger(EventChannel.class);

    /** Payload {@code "<document id>:<event id>"}, sent by the insert trigger of annotation_event (V4 migration). */
    public static final String EVENTS = "corridor_annotation_events";
    /** Payload: a replica's viewers of one document, JSON (see {@link Presence}). */
    public static final String PRESENCE = "corridor_presence";
    /** Payload {@code "<notification id>:<recipient>"}, sent by the insert trigger of notification (V9 migration). */
    public static final String NOTIFICATIONS = "corridor_notifications";

    /** The LISTEN connection's application_name. */
    public static final String APPLICATION_NAME = "corridor-document-listen";

    private final Vertx vertx;
    private final DocumentFeeds feeds;
    private final Presence presence;
    private final NotificationStreams notifications;
    private final EventsConfig config;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private PgSubscriber subscriber;

    public EventChannel(Vertx vertx, DocumentFeeds feeds, Presence presence, NotificationStreams notifications, EventsConfig config,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.feeds = feeds;
        this.presence = presence;
        this.notifications = notifications;
        this.config = config;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void onStart(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, connectOptions());
        long minDelay = Math.max(1, config.reconnectMinDelay().toMillis());
        long maxDelay = config.reconnectMaxDelay().toMillis();
        // never give up: without the connection this replica's subscribers would silently miss events
        subscriber.reconnectPolicy(retries -> {
            long delay = Math.min(maxDelay, minDelay << Math.min(retries, 20));
            LOG.warnf("LISTEN connection lost, reconnecting in %d ms (attempt %d)", delay, retries + 1);
            return delay;
        });
        subscriber.channel(EVENTS).handler(feeds::notified).subscribeHandler(feeds::resync);
        subscriber.channel(PRESENCE).handler(presence::notified).subscribeHandler(presence::resync);
        subscriber.channel(NOTIFICATIONS).handler(notifications::notified).subscribeHandler(notifications::resync);
        subscriber.connect()
                .onFailure().invoke(failure -> LOG.warnf("LISTEN connection failed: %s; retrying", failure.getMessage()))
                .onFailure().retry().withBackOff(config.reconnectMinDelay(), config.reconnectMaxDelay()).indefinitely()
                .subscribe().with(x -> LOG.debugf("listening on %s, %s and %s", EVENTS, PRESENCE, NOTIFICATIONS));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    /** The reactive datasource's server and credentials (the first host if several are configured). */
    private PgConnectOptions connectOptions() {
        String first = url.split(",")[0].trim();
        if (first.startsWith("vertx-reactive:")) {
            first = first.substring("vertx-reactive:".length());
        }
        PgConnectOptions options = PgConnectOptions.fromUri(first);
        // so that operators (and tests) can tell this connection in pg_stat_activity
        options.addProperty("application_name", APPLICATION_NAME);
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return options;
    }
}
