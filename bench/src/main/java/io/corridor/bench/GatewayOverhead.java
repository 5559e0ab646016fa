package io.corridor.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import io.corridor.demo.Api;

/**
 * The cost of the public door: the same authenticated read (the first page of the actor registry, holding
 * the corpus's actors) and the same write (an annotation create) called directly on the service and
 * through the gateway (token check, rate limit, audit record of the write, reverse proxy under a guard).
 * <p>
 * On a machine of few cores the gateway's own CPU per call competes with the service's and this harness's for the
 * same cores, so the throughput ratio is bounded by the CPU the door adds. Beside each throughput ratio, a CPU figure
 * (from /proc, over the second run of each side, when both processes have been warmed by the first; its warm-up
 * calls included) compares what a call costs in CPU: the service's
 * alone when called directly, the service's and the gateway's when called through the gateway.
 */
public class GatewayOverhead implements Benchmark {

    private static final String READ = "/api/v1/actors?size=20";
    private static final String GATEWAY = "gateway";

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public List<Figure> run(Target target, Scale scale) throws Exception {
        Api api = target.api();
        Figure read;
        Figure readCpu;
        // The registry's first page as a team reads it (20 of the corpus's actors), not an empty listing's fixed costs.
        try (CorpusActors loaded = CorpusActors.load(target)) {
            api.get(READ); // a token, and the service warm enough to answer
            Side direct = new Side("direct to actor-service", target, () -> ok(api, target.actorService() + READ));
            Side gateway = new Side("through the gateway", target, () -> ok(api, target.gateway() + READ));
            // both processes keep warming while the other side runs: each side twice, alternated, the better run of each
            for (boolean second : new boolean[] { false, true }) {
                direct.run(scale, second);
                gateway.run(scale, second);
            }
            read = Figure.throughputRatio("gateway-overhead-read", "GET " + READ + " (a page of 20 of the corpus's actors) "
                    + "through the gateway vs direct (each side twice, alternated, the better run of each)", gateway.best,
                    direct.best, 0.9, "p99 overhead " + String.format("%.2f ms", gateway.best.p99Ms() - direct.best.p99Ms()));
            readCpu = cpuFigure("gateway-overhead-read-cpu", "GET " + READ, "actor-service", direct, gateway);
        }
        AnnotatedDocument.cleanUp(target);
        try (AnnotatedDocument document = AnnotatedDocument.seed(target, 10)) {
            AtomicLong n = new AtomicLong();
            String container = "/api/v1/annotations/";
            Side direct = new Side("direct to document-service", target, () -> document.post(api,
                    target.documentService() + container, "corridor-bench direct " + n.incrementAndGet()));
            Side gateway = new Side("through the gateway", target, () -> document.post(api, container,
                    "corridor-bench gateway " + n.incrementAndGet()));
            for (boolean second : new boolean[] { false, true }) {
                direct.run(scale, second);
                gateway.run(scale, second);
            }
            Figure write = Figure.throughputRatio("gateway-overhead-write",
                    "POST " + container + " (an annotation create) through the gateway vs direct (each side twice, "
                            + "alternated, the better run of each)", gateway.best, direct.best,
                    0.9, "p99 overhead " + String.format("%.2f ms", gateway.best.p99Ms() - direct.best.p99Ms()));
            return List.of(read, readCpu, write,
                    cpuFigure("gateway-overhead-write-cpu", "POST " + container, "document-service", direct, gateway));
        }
    }

    /**
     * Calls per CPU second of what serves them: the service alone called directly, the service and the gateway
     * called through the gateway. Its ratio is the throughput ratio the door would reach were its CPU the only
     * difference between the sides; the note gives each component's CPU per call on each side.
     */
    private static Figure cpuFigure(String name, String call, String service, Side direct, Side gateway) {
        double directCpu = direct.cpuPerCall(service);
        double gatewayCpu = gateway.cpuPerCall(service) + gateway.cpuPerCall(GATEWAY);
        String note = "CPU ms per call (from /proc): direct " + direct.perCall() + "; through the gateway " + gateway.perCall();
        return Figure.throughputRatio(name, call + " calls per CPU second: the " + service + " alone called directly vs the "
                + service + " and the gateway called through the gateway (the second run of each side, its warm-up included)",
                Measurement.value("through the gateway", gatewayCpu > 0 ? 1 / gatewayCpu : 0),
                Measurement.value("direct", directCpu > 0 ? 1 / directCpu : 0), null, "calls/CPU s", note);
    }

    /** One side of a figure: its runs, the better of them, and the CPU every component spent on the calls counted. */
    private static final class Side {
        private final String label;
        private final StackCpu cpu;
        private final Callable<Boolean> call;
        private final AtomicLong calls = new AtomicLong();
        private final Map<String, Double> spent = new LinkedHashMap<>();
        private Measurement best;

        Side(String label, Target target, Callable<Boolean> call) {
            this.label = label;
            this.cpu = new StackCpu(target.stateDir());
            this.call = call;
        }

        /** One run; its CPU counted when asked (the first run of the first side also compiles the service's code). */
        void run(Scale scale, boolean counted) throws InterruptedException {
            Map<String, Double> before = cpu.seconds();
            Measurement m = Load.run(label, scale.concurrency(), scale.warmup(), scale.duration(), () -> {
                if (counted) {
                    calls.incrementAndGet();
                }
                return call.call();
            });
            if (counted) {
                StackCpu.between(before, cpu.seconds()).forEach((component, s) -> spent.merge(component, s, Double::sum));
            }
            best = best == null || m.throughput() > best.throughput() ? m : best;
        }

        /** CPU seconds per call of one component. */
        double cpuPerCall(String component) {
            return calls.get() == 0 ? 0 : spent.getOrDefault(component, 0.0) / calls.get();
        }

        String perCall() {
            StringBuilder out = new StringBuilder();
            spent.forEach((component, s) -> {
                if (s > 0) {
                    out.append(out.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.3f", component,
                            1000 * cpuPerCall(component)));
                }
            });
            return out.toString();
        }
    }

    private static boolean ok(Api api, String url) throws Exception {
        HttpResponse<String> response = api.send(api.request(url).GET().build());
        return response.statusCode() == 200;
    }
}
