package io.corridor.gateway.service;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Token-bucket rate limits (Bucket4j), kept in memory per gateway replica: with N replicas behind a load balancer a
 * caller gets at most N times the limit, which is the documented trade-off for not needing a shared store.
 */
@ApplicationScoped
public class RateLimiter {

    /** Token buckets of the public API: one per user, one per OAuth client, one per address for anonymous calls. */
    @ConfigMapping(prefix = "corridor.rate-limit")
    public interface Config {

        @WithDefault("true")
        boolean enabled();

        /** A signed-in user (token subject), whatever client they use. */
        Limit user();

        /** An OAuth client (token azp), summed over all its users: an application's share. */
        Limit client();

        /** Calls without a token, per remote address: they only ever get 401, but must not flood Keycloak checks. */
        Limit anonymous();
    }

    /** Requests allowed in a burst, and the time in which a whole capacity is refilled, gradually. */
    public interface Limit {
        long capacity();

        @WithDefault("1M")
        Duration period();
    }

    private final Config config;
    // Idle buckets are full again after one period: forgetting them then loses nothing.
    private final Cache<String, Bucket> buckets;

    public RateLimiter(Config config) {
        this.config = config;
        Duration longest = Collections.max(List.of(config.user().period(), config.client().period(), config.anonymous().period()));
        this.buckets = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(longest).build();
    }

    /** Takes one token from each bucket the caller draws on: empty when allowed, else how long to wait. */
    public Optional<Duration> acquire(String user, String client, String address) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        if (user == null) {
            return take("anonymous:" + address, config.anonymous());
        }
        Optional<Duration> wait = take("user:" + user, config.user());
        if (wait.isEmpty() && client != null) {
            wait = take("client:" + client, config.client());
        }
        return wait;
    }

    private Optional<Duration> take(String key, Limit limits) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.capacity()).refillGreedy(limits.capacity(), limits.period())
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
