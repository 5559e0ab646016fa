package io.corridor.gateway.proxy;

import java.util.List;
import java.util.NoSuchElementException;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.gateway.edge.Answers;
import io.corridor.gateway.edge.Routes;
import io.vertx.core.Vertx;

/** The services behind the edge, by the route table: one connection pool and one guard each, shared by every call. */
@ApplicationScoped
public class Services {

    private final List<Service> services;

    public Services(Routes routes, Vertx vertx, Answers answers) {
        this.services = routes.services().entrySet().stream()
                .map(e -> new Service(e.getKey(), e.getValue(), vertx, answers)).toList();
    }

    /** The service whose prefixes take this path, or null. */
    public Service byPath(String path) {
        for (Service service : services) {
            if (service.answers(path)) {
                return service;
            }
        }
        return null;
    }

    public Service byName(String name) {
        return services.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no route to " + name + " in corridor.routes.services"));
    }
}
