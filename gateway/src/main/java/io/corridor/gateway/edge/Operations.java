package io.corridor.gateway.edge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The operations the services publish, read from their own OpenAPI documents as the gateway's build copied them
 * (META-INF/openapi/&lt;service&gt;/openapi.json, the same the public document is assembled from): a call that
 * names none of them is answered at the door, 404 or 405, whoever makes it, instead of "sign in first". A
 * service's new operation is known once the gateway is built with the service's new document, with no
 * gateway code.
 */
@ApplicationScoped
public class Operations {

    /** What the door says of a method and path. */
    public enum Known {
        OPERATION, OTHER_METHOD, NONE
    }

    private record Template(Pattern path, Set<String> methods) {
    }

    /** The gateway's own operations under /api/, answered by its REST resources (composites, audit, the caller). */
    public static final List<Pattern> OWN = List.of(Pattern.compile("/api/v1/documents/[^/]+/view/?"),
            Pattern.compile("/api/v1/actors/[^/]+/dossier/?"), Pattern.compile("/api/v1/audit/?"),
            Pattern.compile("/api/v1/me/?"));

    private final List<Template> templates = new ArrayList<>();

    /** Whether the gateway itself answers the path, not a service. */
    public static boolean isOwn(String path) {
        return OWN.stream().anyMatch(p -> p.matcher(path).matches());
    }

    public Operations(Routes routes, ObjectMapper mapper) throws IOException {
        for (String service : routes.services().keySet()) {
            String resource = "META-INF/openapi/" + service + "/openapi.json";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing: build the services before the gateway");
                }
                JsonNode paths = mapper.readTree(in).path("paths");
                for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> path = it.next();
                    Set<String> methods = new TreeSet<>();
                    path.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(Locale.ROOT)));
                    // HEAD is GET without its body (RFC 9110); OPTIONS asks a resource what it allows (the W3C
                    // annotation protocol requires both): neither is an operation of a document.
                    methods.add("OPTIONS");
                    if (methods.contains("GET")) {
                        methods.add("HEAD");
                    }
                    templates.add(new Template(pattern(path.getKey()), methods));
                }
            }
        }
    }

    public Known known(String method, String path) {
        String plain = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        boolean pathKnown = false;
        for (Template template : templates) {
            if (template.path().matcher(plain).matches()) {
                if (template.methods().contains(method)) {
                    return Known.OPERATION;
                }
                pathKnown = true;
            }
        }
        return pathKnown ? Known.OTHER_METHOD : Known.NONE;
    }

    /** "/api/v1/documents/{id}/versions/{n}" matches any one segment where a parameter stands. */
    private static Pattern pattern(String template) {
        String plain = template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1)
                : template;
        StringBuilder regex = new StringBuilder();
        for (String part : plain.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
