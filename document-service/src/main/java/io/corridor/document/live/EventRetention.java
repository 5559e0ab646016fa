package io.corridor.document.live;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corridor.document.repository.AnnotationEventQueries;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the event log to the replay window: a client away for longer than
 * {@code corridor.events.retention} reloads the document's annotations instead of replaying. Every
 * replica runs it; the delete is idempotent.
 */
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class);

    private final AnnotationEventQueries queries;
    private final EventsConfig config;

    public EventRetention(AnnotationEventQueries queries, EventsConfig config) {
        this.queries = queries;
        this.config = config;
    }

    @Scheduled(every = "${corridor.events.retention-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> prune() {
        return queries.deleteOlderThan(config.retention())
                .invoke(n -> {
                    if (n > 0) {
                        LOG.debugf("deleted %d annotation events older than %s", n, config.retention());
                    }
                })
                .replaceWithVoid();
    }
}
