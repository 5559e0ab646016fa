package io.corridor.gateway.edge;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The route table of the public API: which service answers which path prefixes, and how long and how
 * many calls it is given. A service's new endpoint under one of its prefixes is public without a line
 * of gateway code; the gateway's own operations (composites, audit, the caller) are matched first.
 */
@ConfigMapping(prefix = "corridor.routes")
public interface Routes {

    /** Routes by service name (document-service, actor-service, remittance-service). */
    Map<String, Route> services();

    interface Route {

        /** Where the service listens. */
        URI url();

        /** Path prefixes it answers, each a whole segment ("/api/v1/actors" takes "/api/v1/actors/7", not "/api/v1/actorsx"). */
        List<String> paths();

        /** Longest wait for the service's response head (an upload is extracted before its answer). */
        @WithDefault("10S")
        Duration timeout();

        /** Calls in flight to the service at once before the edge answers 503. */
        @WithDefault("200")
        int bulkhead();

        /** Failed calls in a window of this many that open the circuit. */
        @WithDefault("20")
        int circuitVolume();

        /** Share of failed calls in the window that opens the circuit. */
        @WithDefault("0.5")
        double circuitRatio();

        /** How long an open circuit stays open before a trial call. */
        @WithDefault("5S")
        Duration circuitDelay();
    }
}
