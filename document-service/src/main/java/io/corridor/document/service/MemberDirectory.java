package io.corridor.document.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.corridor.document.Member;
import io.corridor.document.repository.MemberQueries;
import io.smallrye.mutiny.Uni;

/**
 * Learns members from the tokens of their requests: one upsert per member per {@code corridor.members.refresh}
 * (or sooner when their name or teams changed), not one per request. A failed upsert never fails the request:
 * the next one tries again.
 */
@ApplicationScoped
public class MemberDirectory {

    private static final Logger LOG = Logger.getLogger(MemberDirectory.class);

    private final MemberQueries members;
    private final Duration refresh;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    private record Seen(Member member, Instant at) {
    }

    public MemberDirectory(MemberQueries members, @ConfigProperty(name = "corridor.members.refresh", defaultValue = "5m") Duration refresh) {
        this.members = members;
        this.refresh = refresh;
    }

    public Uni<Void> saw(Member m) {
        Instant now = Instant.now();
        Seen last = seen.get(m.username());
        if (last != null && last.member().equals(m) && last.at().plus(refresh).isAfter(now)) {
            return Uni.createFrom().voidItem();
        }
        seen.put(m.username(), new Seen(m, now));
        return members.upsert(m).onFailure().recoverWithItem(failure -> {
            seen.remove(m.username());
            LOG.warnf("could not record member %s: %s", m.username(), failure.getMessage());
            return null;
        });
    }
}
