package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The public door (Gateway API on Envoy Gateway): which request reaches what, computed from the
 * rendered Gateway and HTTPRoutes the way Gateway API matches them (listener by host, then the
 * exact or longest prefix match), certificates per host, and the policies' limits and timeouts.
 */
class EdgeTest {

    static final String GATEWAY = "corridor";

    record Host(String app, String auth) {
        static Host of(Overlay overlay) {
            return overlay == Overlay.PROD ? new Host("corridor.example.org", "auth.corridor.example.org")
                    : new Host("corridor.localtest.me", "auth.corridor.localtest.me");
        }
    }

    /** What the edge does with an HTTPS request: "service:port", "404 filter <name>", or "no route". */
    static String route(Manifests m, String host, String path) {
        JsonNode gateway = m.json("Gateway", GATEWAY);
        String listener = null;
        for (JsonNode l : gateway.path("spec").path("listeners")) {
            if (l.path("protocol").asText().equals("HTTPS") && l.path("hostname").asText().equals(host)) {
                listener = l.path("name").asText();
            }
        }
        if (listener == null) {
            return "no route";
        }
        String best = "no route";
        int bestLength = -1;
        boolean bestExact = false;
        for (JsonNode route : m.json("HTTPRoute")) {
            boolean attached = false;
            for (JsonNode parent : route.path("spec").path("parentRefs")) {
                attached |= parent.path("name").asText().equals(GATEWAY) && parent.path("sectionName").asText().equals(listener);
            }
            boolean hostMatches = false;
            for (JsonNode h : route.path("spec").path("hostnames")) {
                hostMatches |= h.asText().equals(host);
            }
            if (!attached || !hostMatches) {
                continue;
            }
            for (JsonNode rule : route.path("spec").path("rules")) {
                List<JsonNode> matches = new ArrayList<>();
                rule.path("matches").forEach(matches::add);
                if (matches.isEmpty()) {
                    matches.add(CrdSchemas.YAML.createObjectNode().set("path",
                            CrdSchemas.YAML.createObjectNode().put("type", "PathPrefix").put("value", "/")));
                }
                for (JsonNode match : matches) {
                    String type = match.path("path").path("type").asText("PathPrefix");
                    String value = match.path("path").path("value").asText("/");
                    boolean exact = type.equals("Exact");
                    boolean hit = exact ? path.equals(value) : prefixMatches(value, path);
                    if (hit && (exact && !bestExact || exact == bestExact && value.length() > bestLength)) {
                        best = outcome(rule);
                        bestLength = value.length();
                        bestExact = exact;
                    }
                }
            }
        }
        return best;
    }

    /** Gateway API PathPrefix: element-wise, "/realms/corridor" matches "/realms/corridor/x", not "/realms/corridorx". */
    static boolean prefixMatches(String prefix, String path) {
        String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return p.isEmpty() || path.equals(p) || path.startsWith(p + "/");
    }

    private static String outcome(JsonNode rule) {
        for (JsonNode filter : rule.path("filters")) {
            if (filter.path("type").asText().equals("ExtensionRef")) {
                return "filter " + filter.path("extensionRef").path("name").asText();
            }
            if (filter.path("type").asText().equals("RequestRedirect")) {
                return "redirect";
            }
        }
        List<String> backends = new ArrayList<>();
        rule.path("backendRefs").forEach(b -> backends.add(b.path("name").asText() + ":" + b.path("port").asInt()));
        return String.join(",", backends);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void onlyTheGatewayAndKeycloaksRealmAreReachable(Overlay overlay) {
        Manifests m = overlay.manifests();
        Host host = Host.of(overlay);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(host.app() + " /", "gateway:8080");
        expected.put(host.app() + " /api/v1/documents", "gateway:8080");
        expected.put(host.app() + " /login", "gateway:8080");
        expected.put(host.app() + " /quota", "gateway:8080");
        // Health and metrics: the kubelet and Prometheus reach the pods; the edge answers 404.
        expected.put(host.app() + " /q", "filter not-public");
        expected.put(host.app() + " /q/health/ready", "filter not-public");
        expected.put(host.app() + " /q/metrics", "filter not-public");
        expected.put(host.auth() + " /realms/corridor/protocol/openid-connect/auth", "keycloak:8080");
        expected.put(host.auth() + " /realms/corridor/.well-known/openid-configuration", "keycloak:8080");
        expected.put(host.auth() + " /resources/abc12/login/corridor/css/login.css", "keycloak:8080");
        // Never public: the master realm, the admin console and API, Keycloak's other paths.
        expected.put(host.auth() + " /realms/master/protocol/openid-connect/token", "no route");
        expected.put(host.auth() + " /realms/corridorx/account", "no route");
        expected.put(host.auth() + " /admin/master/console/", "no route");
        expected.put(host.auth() + " /admin/realms/corridor/users", "no route");
        expected.put(host.auth() + " /q/health", "no route");
        expected.put(host.auth() + " /metrics", "no route");
        expected.put(host.auth() + " /", "no route");
        expected.put("elsewhere.example.org /", "no route");
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(k -> actual.put(k, route(m, k.split(" ")[0], k.split(" ")[1])));
        assertEquals(expected, actual);

        JsonNode notPublic = m.json("HTTPRouteFilter", "not-public");
        assertEquals(404, notPublic.path("spec").path("directResponse").path("statusCode").asInt());
        // Every backend is a port of an existing Service, and only these two.
        Set<String> backends = new HashSet<>();
        for (JsonNode route : m.json("HTTPRoute")) {
            for (JsonNode rule : route.path("spec").path("rules")) {
                for (JsonNode b : rule.path("backendRefs")) {
                    Service s = m.get(Service.class, b.path("name").asText());
                    assertTrue(s.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == b.path("port").asInt()), b.toString());
                    backends.add(b.path("name").asText() + ":" + b.path("port").asInt());
                }
            }
        }
        assertEquals(Set.of("gateway:8080", "keycloak:8080"), backends);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void eachHostHasItsOwnCertificateAndPlainHttpOnlyRedirects(Overlay overlay) {
        Manifests m = overlay.manifests();
        Host host = Host.of(overlay);
        JsonNode gateway = m.json("Gateway", GATEWAY);
        assertEquals("corridor", gateway.path("spec").path("gatewayClassName").asText());
        Map<String, String> secretOf = new LinkedHashMap<>();
        for (JsonNode l : gateway.path("spec").path("listeners")) {
            String name = l.path("name").asText();
            switch (l.path("protocol").asText()) {
                case "HTTPS" -> {
                    assertEquals("Terminate", l.path("tls").path("mode").asText("Terminate"), name);
                    JsonNode refs = l.path("tls").path("certificateRefs");
                    assertEquals(1, refs.size(), name + ": one certificate");
                    assertEquals("Secret", refs.get(0).path("kind").asText("Secret"));
                    secretOf.put(l.path("hostname").asText(), refs.get(0).path("name").asText());
                }
                case "HTTP" -> {
                    // Whatever is attached to port 80 only redirects to https (cert-manager's
                    // HTTP-01 solver adds its own route while it proves a host).
                    for (JsonNode route : m.json("HTTPRoute")) {
                        for (JsonNode parent : route.path("spec").path("parentRefs")) {
                            if (parent.path("sectionName").asText().equals(name)) {
                                for (JsonNode rule : route.path("spec").path("rules")) {
                                    assertEquals("redirect", outcome(rule), route.path("metadata").path("name").asText());
                                    assertEquals("https", rule.path("filters").get(0).path("requestRedirect").path("scheme").asText());
                                }
                            }
                        }
                    }
                }
                default -> throw new AssertionError(name + ": unexpected protocol " + l.path("protocol").asText());
            }
        }
        assertEquals(Set.of(host.app(), host.auth()), secretOf.keySet());
        assertEquals(2, new HashSet<>(secretOf.values()).size(), "one certificate (Secret) per host: " + secretOf);
        for (var e : secretOf.entrySet()) {
            JsonNode certificate = m.json("Certificate").stream()
                    .filter(c -> c.path("spec").path("secretName").asText().equals(e.getValue())).findFirst()
                    .orElseThrow(() -> new AssertionError("no Certificate fills the Secret " + e.getValue()));
            List<String> names = new ArrayList<>();
            certificate.path("spec").path("dnsNames").forEach(n -> names.add(n.asText()));
            assertEquals(List.of(e.getKey()), names, e.getValue());
            assertEquals("ClusterIssuer", certificate.path("spec").path("issuerRef").path("kind").asText());
            assertEquals(overlay == Overlay.PROD ? "letsencrypt" : "selfsigned",
                    certificate.path("spec").path("issuerRef").path("name").asText());
        }
        // The issuers and the class exist in the cluster-wide kustomization.
        Manifests cluster = new Manifests(overlay, Overlay.render("cluster"));
        assertTrue(cluster.json("ClusterIssuer").stream().anyMatch(i -> i.path("metadata").path("name").asText()
                .equals(overlay == Overlay.PROD ? "letsencrypt" : "selfsigned")));
        assertEquals("gateway.envoyproxy.io/gatewayclass-controller",
                cluster.json("GatewayClass", "corridor").path("spec").path("controllerName").asText());
    }

    static Duration duration(String gatewayApiDuration) {
        Matcher m = Pattern.compile("([0-9]+)(h|ms|m|s)").matcher(gatewayApiDuration);
        Duration total = Duration.ZERO;
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            });
        }
        return total;
    }

    static long bytes(String quantity) {
        return Quantity.getAmountInBytes(new Quantity(quantity)).longValue();
    }

    /** quarkus.http.limits.max-body-size of the gateway (e.g. 200M) in bytes. */
    static long gatewayMaxBodySize() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Overlay.root().resolve("gateway/src/main/resources/application.properties"))) {
            p.load(r);
        }
        String value = p.getProperty("quarkus.http.limits.max-body-size");
        assertNotNull(value);
        return memory(value);
    }

    /** Quarkus MemorySize: 200M, 64K, 1G. */
    static long memory(String value) {
        Matcher m = Pattern.compile("([0-9]+)([KMGkmg]?)").matcher(value.trim());
        assertTrue(m.matches(), value);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toUpperCase()) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            case "G" -> n << 30;
            default -> n;
        };
    }

    private static JsonNode policyFor(Manifests m, String kind, String targetKind, String targetName) {
        return m.json(kind).stream().filter(p -> {
            for (JsonNode t : p.path("spec").path("targetRefs")) {
                if (t.path("kind").asText().equals(targetKind) && t.path("name").asText().equals(targetName)
                        && t.path("group").asText().equals("gateway.networking.k8s.io")) {
                    return true;
                }
            }
            return false;
        }).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " for " + targetKind + " " + targetName));
    }

    /** The request headers the browser sends: the gateway's chunked session cookie, Keycloak's login cookies. */
    static final long HEADER_BUDGET = 32 * 1024;
    /** Envoy's max_request_headers_kb when nothing sets it. */
    static final long ENVOY_DEFAULT_MAX_REQUEST_HEADERS = 60 * 1024;
    /** The largest request: the 200 MiB indicator import, at a slow client's 0.5 MB/s. */
    static final Duration SLOWEST_UPLOAD = Duration.ofSeconds(200L * 1024 * 1024 / 500_000);

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void clientLimitsAdmitLargeCookiesAndUploads(Overlay overlay) throws IOException {
        Manifests m = overlay.manifests();
        JsonNode spec = policyFor(m, "ClientTrafficPolicy", "Gateway", GATEWAY).path("spec");
        long maxHeaders = spec.path("headers").has("maxRequestHeaderLimit")
                ? bytes(spec.path("headers").path("maxRequestHeaderLimit").asText()) : ENVOY_DEFAULT_MAX_REQUEST_HEADERS;
        assertTrue(maxHeaders >= HEADER_BUDGET, "Envoy admits " + maxHeaders + " bytes of headers");
        long buffer = bytes(spec.path("connection").path("bufferLimit").asText("32Ki"));
        assertTrue(buffer >= maxHeaders, "a connection's buffer (" + buffer + ") holds a full header block (" + maxHeaders + ")");
        Duration received = duration(spec.path("timeout").path("http").path("requestReceivedTimeout").asText("0s"));
        assertTrue(received.isZero() || received.compareTo(SLOWEST_UPLOAD) >= 0,
                "requestReceivedTimeout " + received + " cuts a 200 MiB upload (" + SLOWEST_UPLOAD + ")");
        assertTrue(Set.of("1.2", "1.3").contains(spec.path("tls").path("minVersion").asText()));
        // Behind the edge, the gateway itself admits the same header block.
        Map<String, String> env = m.environment(m.container("gateway"));
        assertTrue(memory(env.getOrDefault("QUARKUS_HTTP_LIMITS_MAX_HEADER_SIZE", "20K")) >= HEADER_BUDGET,
                "the gateway's quarkus.http.limits.max-header-size");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void backendTimeoutsKeepLiveEventsAndUploadsOpenWithoutBuffering(Overlay overlay) throws IOException {
        Manifests m = overlay.manifests();
        JsonNode app = policyFor(m, "BackendTrafficPolicy", "HTTPRoute", "corridor-app").path("spec");
        // Envoy's default route timeout (15 s) would cut every Server-Sent Events stream.
        Duration request = duration(app.path("timeout").path("http").path("requestTimeout").asText("15s"));
        assertTrue(request.isZero() || request.compareTo(Duration.ofMinutes(10)) >= 0, "requestTimeout " + request);
        Duration streamIdle = duration(app.path("timeout").path("http").path("streamIdleTimeout").asText("300s"));
        assertTrue(streamIdle.compareTo(Duration.ofSeconds(60)) >= 0, "keep-alive comments come every 20 s: " + streamIdle);
        // No buffering of whole requests: bodies stream to the gateway, whose own limit applies.
        long body = gatewayMaxBodySize();
        assertTrue(body >= 200L << 20, "the gateway admits the 200 MiB import: " + body);
        if (app.has("requestBuffer")) {
            assertTrue(bytes(app.path("requestBuffer").path("limit").asText()) >= body, "requestBuffer below the gateway's body limit");
        }
        assertFalse(app.has("compression") || app.has("compressor"), "compression buffers event streams");
        JsonNode auth = policyFor(m, "BackendTrafficPolicy", "HTTPRoute", "corridor-auth").path("spec");
        assertTrue(duration(auth.path("timeout").path("http").path("requestTimeout").asText("15s")).compareTo(Duration.ofSeconds(15)) >= 0);
    }
}
