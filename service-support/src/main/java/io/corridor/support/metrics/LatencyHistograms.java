package io.corridor.support.metrics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * HTTP server timings as Prometheus histograms ({@code http_server_requests_seconds_bucket}): the p99 latency
 * alert of the Kubernetes deployment (PrometheusRule CorridorHighLatency) computes its quantile from them
 * across pods, which client-side percentiles cannot be aggregated into.
 */
@Singleton
public class LatencyHistograms {

    @Produces
    @Singleton
    public MeterFilter httpServerHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests")) {
                    return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
                }
                return config;
            }
        };
    }
}
