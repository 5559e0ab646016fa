package io.corridor.gateway.proxy;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.gateway.edge.Answers;
import io.corridor.gateway.edge.Routes;
import io.vertx.core.Vertx;

/** The services behind the edge, by the route table: one connection pool and one guard each, shared by every call. */
@ApplicationScoped
public class Services {

    private final Map<String, Service> byName;

    public Services(Routes routes, Vertx vertx, Answers answers) {
        this.byName = routes.services().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new Service(e.getKey(), e.getValue(), vertx, answers)));
    }

    /** The service of this name, or null (the gateway's own operations have none). */
    public Service byName(String name) {
        return name == null ? null : byName.get(name);
    }
}
