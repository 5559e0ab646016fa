package io.corridor.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.corridor.demo.Api;

/**
 * The cost of the public door: the same authenticated read (the first page of the actor registry, holding
 * the corpus's actors) and the same write (an annotation create) called directly on the service and
 * through the gateway (token check, rate limit, audit record of the write, REST client with fault tolerance).
 */
public class GatewayOverhead implements Benchmark {

    private static final String READ = "/api/v1/actors?size=20";

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
        // The registry's first page as a team reads it (20 of the corpus's actors), not an empty listing's fixed costs.
        try (CorpusActors loaded = CorpusActors.load(target)) {
            api.get(READ); // a token, and the service warm enough to answer
            Measurement direct = Load.run("direct to actor-service", scale.concurrency(), scale.warmup(), scale.duration(),
                    () -> ok(api, target.actorService() + READ));
            Measurement gateway = Load.run("through the gateway", scale.concurrency(), scale.warmup(), scale.duration(),
                    () -> ok(api, target.gateway() + READ));
            // both processes keep warming while the other side runs: each side twice, alternated, the better run of each
            direct = better(direct, Load.run("direct to actor-service", scale.concurrency(), scale.warmup(), scale.duration(),
                    () -> ok(api, target.actorService() + READ)));
            gateway = better(gateway, Load.run("through the gateway", scale.concurrency(), scale.warmup(), scale.duration(),
                    () -> ok(api, target.gateway() + READ)));
            read = Figure.throughputRatio("gateway-overhead-read", "GET " + READ + " (a page of 20 of the corpus's actors) "
                    + "through the gateway vs direct (each side twice, alternated, the better run of each)", gateway, direct, 0.9,
                    "p99 overhead " + String.format("%.2f ms", gateway.p99Ms() - direct.p99Ms()));
        }
        AnnotatedDocument.cleanUp(target);
        try (AnnotatedDocument document = AnnotatedDocument.seed(target, 10)) {
            AtomicLong n = new AtomicLong();
            String container = "/api/v1/annotations/";
            Measurement directWrite = Load.run("direct to document-service", scale.concurrency(), scale.warmup(),
                    scale.duration(), () -> document.post(api, target.documentService() + container,
                            "corridor-bench direct " + n.incrementAndGet()));
            Measurement gatewayWrite = Load.run("through the gateway", scale.concurrency(), scale.warmup(),
                    scale.duration(), () -> document.post(api, container, "corridor-bench gateway " + n.incrementAndGet()));
            directWrite = better(directWrite, Load.run("direct to document-service", scale.concurrency(), scale.warmup(),
                    scale.duration(), () -> document.post(api, target.documentService() + container,
                            "corridor-bench direct " + n.incrementAndGet())));
            gatewayWrite = better(gatewayWrite, Load.run("through the gateway", scale.concurrency(), scale.warmup(),
                    scale.duration(), () -> document.post(api, container, "corridor-bench gateway " + n.incrementAndGet())));
            Figure write = Figure.throughputRatio("gateway-overhead-write",
                    "POST " + container + " (an annotation create) through the gateway vs direct (each side twice, "
                            + "alternated, the better run of each)", gatewayWrite, directWrite,
                    0.9, "p99 overhead " + String.format("%.2f ms", gatewayWrite.p99Ms() - directWrite.p99Ms()));
            return List.of(read, write);
        }
    }

    private static Measurement better(Measurement a, Measurement b) {
        return b.throughput() > a.throughput() ? b : a;
    }

    private static boolean ok(Api api, String url) throws Exception {
        HttpResponse<String> response = api.send(api.request(url).GET().build());
        return response.statusCode() == 200;
    }
}
