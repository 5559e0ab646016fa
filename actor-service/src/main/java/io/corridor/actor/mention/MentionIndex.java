package io.corridor.actor.mention;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corridor.actor.repository.ActorNameRepository;
import io.corridor.actor.repository.ActorRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Keeps one {@link AliasMatcher} over every alias of the registry. Each write that changes names
 * bumps the registry revision in its transaction; a detection that sees a newer revision than the
 * automaton's rebuilds it first, so every replica stays current without messaging. Detections that
 * arrive while a rebuild for their revision runs wait for it rather than build their own: with
 * 100,000 aliases each build holds every name and the automaton under construction, and eight
 * concurrent first detections used to hold eight of them (issue #25).
 */
@ApplicationScoped
public class MentionIndex {

    private static final Logger LOG = Logger.getLogger(MentionIndex.class);

    /** The automaton and the registry revision it was built at. */
    public record Snapshot(long revision, AliasMatcher matcher) {
    }

    private final ActorRepository actors;
    private final ActorNameRepository names;
    /** A rebuild under way, for the revision it reads. */
    private record Rebuild(long revision, CompletableFuture<Snapshot> result) {
    }

    private volatile Snapshot current = new Snapshot(-1, new AliasMatcher(List.of()));
    private final AtomicReference<Rebuild> rebuilding = new AtomicReference<>();

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
            Rebuild running = rebuilding.get();
            if (running != null && running.revision() == revision) {
                return awaitOnCallersContext(running.result());
            }
            Rebuild mine = new Rebuild(revision, new CompletableFuture<>());
            rebuilding.compareAndSet(running, mine); // lost the race: build anyway, as before
            return names.allLive().map(all -> {
                AliasMatcher matcher = new AliasMatcher(
                        all.stream().map(n -> new AliasMatcher.Entry(n.actorId(), n.name())).toList());
                Snapshot rebuilt = new Snapshot(revision, matcher);
                if (revision > current.revision()) {
                    current = rebuilt;
                }
                LOG.debugf("mention automaton rebuilt at revision %d: %d keywords", revision, (Object) matcher.size());
                return rebuilt;
            }).invoke(mine.result()::complete)
                    .onFailure().invoke(mine.result()::completeExceptionally)
                    .eventually(() -> {
                        rebuilding.compareAndSet(mine, null);
                    });
        });
    }

    /** Another request's rebuild, delivered on this request's Vert.x context (its session lives there). */
    private static Uni<Snapshot> awaitOnCallersContext(CompletableFuture<Snapshot> result) {
        Context caller = Vertx.currentContext();
        Uni<Snapshot> done = Uni.createFrom().completionStage(result);
        return caller == null ? done : done.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }
}
