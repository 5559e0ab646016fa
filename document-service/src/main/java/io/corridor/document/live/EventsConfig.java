package io.corridor.document.live;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Live collaboration settings ({@code corridor.events.*}); see docs/annotations.md, Live updates. */
@ConfigMapping(prefix = "corridor.events")
public interface EventsConfig {

    /** How long events are kept for Last-Event-ID replay. */
    @WithDefault("1h")
    Duration retention();

    /** How often expired events are deleted. */
    @WithDefault("5m")
    String retentionEvery();

    /** Interval of the {@code : keep-alive} comments that keep proxies from closing an idle stream. */
    @WithDefault("20s")
    Duration keepAlive();

    /**
     * Longest life of one stream when the token carries no expiry; with a token the stream ends when
     * the token expires, and the client reconnects with a fresh token and Last-Event-ID.
     */
    @WithDefault("1h")
    Duration maxStreamDuration();

    /** Events a slow subscriber may fall behind before its stream is closed (it reconnects and replays). */
    @WithDefault("1000")
    int subscriberBuffer();

    /** Interval at which each replica announces its viewers; a replica silent for three intervals is gone. */
    @WithDefault("15s")
    Duration presenceHeartbeat();

    /**
     * Shortest interval between two presence events of a document to its subscribers on one replica (and
     * between two of the replica's notices): a storm of joins becomes a few events, the last one the state.
     */
    @WithDefault("250ms")
    Duration presenceInterval();

    /** First wait before reconnecting a lost LISTEN connection; it doubles at each failed attempt. */
    @WithDefault("100ms")
    Duration reconnectMinDelay();

    /** Longest wait between two attempts to reconnect the LISTEN connection. */
    @WithDefault("5s")
    Duration reconnectMaxDelay();
}
