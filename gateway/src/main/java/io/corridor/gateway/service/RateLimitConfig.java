package io.corridor.gateway.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Token buckets of the public API: one per user, one per OAuth client, one per address for anonymous calls. */
@ConfigMapping(prefix = "corridor.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** A signed-in user (token subject), whatever client they use. */
    Bucket user();

    /** An OAuth client (token azp), summed over all its users: an application's share. */
    Bucket client();

    /** Calls without a token, per remote address: they only ever get 401, but must not flood Keycloak checks. */
    Bucket anonymous();

    interface Bucket {
        /** Requests allowed in a burst. */
        long capacity();

        /** Time in which a whole capacity is refilled, gradually. */
        @WithDefault("1M")
        Duration period();
    }
}
