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

    private record Built(long revision, AliasMatcher matcher) {
    }

    private final ActorRepository actors;
    private final ActorNameRepository names;
    private volatile Built current = new Built(-1, new AliasMatcher(List.of()));

    public MentionIndex(ActorRepository actors, ActorNameRepository names) {
        this.actors = actors;
        this.names = names;
    }

    /** The automaton for the registry as it stands now. */
    @WithSession
    public Uni<AliasMatcher> matcher() {
        return actors.revision().flatMap(revision -> {
            Built built = current;
            if (built.revision() == revision) {
                return Uni.createFrom().item(built.matcher());
            }
            return names.allLive().map(all -> {
                AliasMatcher matcher = new AliasMatcher(
                        all.stream().map(n -> new AliasMatcher.Entry(n.actorId, n.name)).toList());
                if (revision > current.revision()) {
                    current = new Built(revision, matcher);
                }
                LOG.debugf("mention automaton rebuilt at revision %d: %d keywords", revision, (Object) matcher.size());
                return matcher;
            });
        });
    }
}
