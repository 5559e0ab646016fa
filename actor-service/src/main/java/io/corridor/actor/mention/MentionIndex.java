package io.corridor.actor.mention;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corridor.actor.repository.ActorNameRepository;
import io.corridor.actor.repository.ActorRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Keeps one {@link AliasMatcher} over every alias of the registry. Each write that changes names
 * bumps the registry revision in its transaction; a detection that sees a newer revision than the
 * automaton's rebuilds it first, so every replica stays current without messaging.
 */
@ApplicationScoped
public class MentionIndex {

    private static final Logger LOG = Logger.getLogger(MentionIndex.class);

    /** The automaton and the registry revision it was built at. */
    public record Snapshot(long revision, AliasMatcher matcher) {
    }

    private final ActorRepository actors;
    private final ActorNameRepository names;
    private volatile Snapshot current = new Snapshot(-1, new AliasMatcher(List.of()));

    public MentionIndex(ActorRepository actors, ActorNameRepository names) {
        this.actors = actors;
        this.names = names;
    }

    /** The automaton for the registry as it stands now. */
    @WithSession
    public Uni<AliasMatcher> matcher() {
        return snapshot().map(Snapshot::matcher);
    }

    /** The automaton for the registry as it stands now, with its revision. */
    @WithSession
    public Uni<Snapshot> snapshot() {
        return actors.revision().flatMap(revision -> {
            Snapshot built = current;
            if (built.revision() == revision) {
                return Uni.createFrom().item(built);
            }
            return names.allLive().map(all -> {
                AliasMatcher matcher = new AliasMatcher(
                        all.stream().map(n -> new AliasMatcher.Entry(n.actorId, n.name)).toList());
                Snapshot rebuilt = new Snapshot(revision, matcher);
                if (revision > current.revision()) {
                    current = rebuilt;
                }
                LOG.debugf("mention automaton rebuilt at revision %d: %d keywords", revision, (Object) matcher.size());
                return rebuilt;
            });
        });
    }
}
