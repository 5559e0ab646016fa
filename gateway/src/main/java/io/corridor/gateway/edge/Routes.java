package io.corridor.gateway.edge;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The services behind the public API: where each listens, and how long and how many calls it is given. Which
 * service answers which path is read from their OpenAPI documents ({@link Operations}).
 */
@ConfigMapping(prefix = "corridor.routes")
public interface Routes {

    /** Routes by service name (document-service, actor-service, remittance-service). */
    Map<String, Route> services();

    interface Route {

        /** Where the service listens. */
        URI url();

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
