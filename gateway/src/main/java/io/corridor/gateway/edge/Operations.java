package io.corridor.gateway.edge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * The route table of the public API, read from the contract itself: each service's operations from its OpenAPI document
 * as the gateway's build copied it (META-INF/openapi/&lt;service&gt;/openapi.json), the gateway's own from the assembled
 * document of Quarkus's build. A call that names none of them is answered at the door, 404 or 405, whoever makes it; a
 * service's new operation is routed to it once the gateway is built with its new document, with no gateway code.
 */
@ApplicationScoped
public class Operations {

    /**
     * The operations of one documented path ({@code path}, as the contract writes it: "/api/v1/documents/{id}");
     * {@code service} is null for the gateway's own.
     */
    public record Operation(String path, String[] segments, Set<String> methods, String service) {

        boolean matches(String[] path) {
            for (int i = 0; i < segments.length; i++) {
                if (path[i].isEmpty() || !segments[i].startsWith("{") && !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A path's operations, for the door: a known method, or another method of a known path, or nothing. */
    public record Found(Operation operation, boolean method) {
    }

    /** The documented paths by their number of segments; the gateway's own first, as its REST layer would match. */
    private final Map<Integer, List<Operation>> bySize = new HashMap<>();

    public Operations(Routes routes, ObjectMapper mapper) throws IOException {
        Map<String, String> owners = new HashMap<>();
        for (String service : routes.services().keySet()) {
            read(mapper, "META-INF/openapi/" + service + "/openapi.json").fieldNames().forEachRemaining(p -> owners.put(p, service));
        }
        // The assembled document as Quarkus's build wrote it, before the filters that only touch the header run.
        JsonNode paths = read(mapper, "META-INF/quarkus-generated-openapi-doc.JSON");
        paths.properties().stream().sorted((a, b) -> Boolean.compare(owners.containsKey(a.getKey()), owners.containsKey(b.getKey())))
                .forEach(path -> {
                    Set<String> methods = new TreeSet<>();
                    path.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(Locale.ROOT)));
                    // HEAD is GET without its body (RFC 9110); OPTIONS asks a resource what it allows (the W3C
                    // annotation protocol requires both): neither is an operation of a document.
                    methods.add("OPTIONS");
                    if (methods.contains("GET")) {
                        methods.add("HEAD");
                    }
                    String[] segments = segments(path.getKey());
                    bySize.computeIfAbsent(segments.length, n -> new ArrayList<>())
                            .add(new Operation(path.getKey(), segments, methods, owners.get(path.getKey())));
                });
    }

    /** The operation a call names, or the path's for another method, or null: "{id}" stands for any one segment. */
    public Found find(String method, String path) {
        String[] segments = segments(path);
        Operation other = null;
        for (Operation operation : bySize.getOrDefault(segments.length, List.of())) {
            if (operation.matches(segments)) {
                if (operation.methods().contains(method)) {
                    return new Found(operation, true);
                }
                other = other == null ? operation : other;
            }
        }
        return other == null ? null : new Found(other, false);
    }

    private static JsonNode read(ObjectMapper mapper, String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: build the services before the gateway");
            }
            return mapper.readTree(in).path("paths");
        }
    }

    /** The segments after the leading "/": "/api/v1/annotations/" and "/api/v1/annotations" are one path. */
    private static String[] segments(String path) {
        return path.substring(1, path.length() > 1 && path.endsWith("/") ? path.length() - 1 : path.length()).split("/", -1);
    }
}
