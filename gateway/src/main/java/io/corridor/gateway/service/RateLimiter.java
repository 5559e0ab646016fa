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

/**
 * Token-bucket rate limits (Bucket4j), kept in memory per gateway replica: with N replicas behind a
 * load balancer a caller gets at most N times the limit, which is the documented trade-off for not
 * needing a shared store.
 */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitConfig config;
    // Idle buckets are full again after one period: forgetting them then loses nothing.
    private final Cache<String, Bucket> buckets;

    public RateLimiter(RateLimitConfig config) {
        this.config = config;
        Duration longest = Collections.max(List.of(config.user().period(), config.client().period(), config.anonymous().period()));
        this.buckets = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(longest).build();
    }

    /**
     * Takes one token from each bucket the caller draws on.
     *
     * @return empty when allowed, else how long to wait before retrying
     */
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

    private Optional<Duration> take(String key, RateLimitConfig.Bucket limits) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.capacity()).refillGreedy(limits.capacity(), limits.period())
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
