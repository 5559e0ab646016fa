package io.corridor.bench;

import java.net.http.HttpResponse;
import java.util.List;

import io.corridor.demo.Api;

/**
 * The cost of the public door: the same authenticated read called directly on the actor-service and
 * through the gateway (token check, rate limit, audit filter, REST client with fault tolerance).
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
        api.get(READ); // a token, and the service warm enough to answer
        Measurement direct = Load.run("direct to actor-service", scale.concurrency(), scale.warmup(), scale.duration(),
                () -> ok(api, target.actorService() + READ));
        Measurement gateway = Load.run("through the gateway", scale.concurrency(), scale.warmup(), scale.duration(),
                () -> ok(api, target.gateway() + READ));
        return List.of(Figure.throughputRatio("gateway-overhead-read", "GET " + READ + " through the gateway vs direct",
                gateway, direct, 0.7, "p99 overhead " + String.format("%.2f ms", gateway.p99Ms() - direct.p99Ms())));
    }

    private static boolean ok(Api api, String url) throws Exception {
        HttpResponse<String> response = api.send(api.request(url).GET().build());
        return response.statusCode() == 200;
    }
}
