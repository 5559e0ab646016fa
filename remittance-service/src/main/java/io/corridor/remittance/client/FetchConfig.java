package io.corridor.remittance.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What a fetch may reach and how much it may take ({@code corridor.fetch.*}). */
@ConfigMapping(prefix = "corridor.fetch")
public interface FetchConfig {

    /**
     * The allow-list: base URLs of the publishers' APIs (scheme, host, port and a path prefix ending in /). A fetch's
     * URL, and every redirect it is sent, must lie under one of them; none configured: every fetch is refused.
     */
    Optional<List<String>> sources();

    /** Time to open a connection to a source. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** Time for a whole answer (one page), headers and body: a source that trickles its answer is cut off. */
    @WithDefault("120s")
    Duration timeout();

    /** The most a fetch may download, all pages together. */
    @WithDefault("209715200")
    long maxBytes();

    /** Rows asked per page of the World Bank API (per_page). */
    @WithDefault("1000")
    int perPage();

    /** The most pages one fetch retrieves: a query answering more must be narrowed. */
    @WithDefault("100")
    int maxPages();
}
