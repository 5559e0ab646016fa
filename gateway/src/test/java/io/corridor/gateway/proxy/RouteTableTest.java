package io.corridor.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Every operation of the public contract that a service owns answers through the gateway with that
 * service's status, headers and body, untouched: the gateway holds no copy of any of them, so an endpoint a
 * service adds to its document is public without a line of gateway code. Called with a plain HTTP client,
 * not REST Assured: the echoes are deliberately not the contract's bodies.
 */
@QuarkusTest
@WithTestResource(EchoServices.class)
class RouteTableTest {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI root;

    @Test
    @TestSecurity(user = "route-admin", roles = { "admin", "curator", "annotator", "reader" })
    void everyServiceOperationOfTheContractPassesThroughToItsService() throws Exception {
        JsonNode document = new ObjectMapper().readTree(send("GET", "/q/openapi?format=json", null).body());
        Map<String, String> owners = owners();
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
            String expected = owners.get(path.getKey());
            if (expected == null) {
                continue; // the gateway's own operation
            }
            for (Iterator<String> verbs = path.getValue().fieldNames(); verbs.hasNext();) {
                String verb = verbs.next();
                if (!VERBS.contains(verb)) {
                    continue;
                }
                String method = verb.toUpperCase();
                HttpResponse<String> answer = send(method, concrete + "?probe=%C3%A9t%C3%A9", "corps é");
                assertEquals(EchoServices.STATUS, answer.statusCode(), method + " " + concrete + ": " + answer.body());
                assertTrue(answer.body().startsWith(expected + "\n" + method + " " + concrete + "?probe=%C3%A9t%C3%A9\n"),
                        method + " " + concrete + " reached: " + answer.body());
                assertEquals("\"" + expected + "\"", answer.headers().firstValue("ETag").orElse(null));
                assertEquals(concrete + "/echoed", answer.headers().firstValue("Location").orElse(null),
                        "Location becomes a path of the gateway");
                checked.add(method + " " + concrete);
            }
        }
        assertTrue(checked.size() >= 60, "operations checked: " + checked);
    }

    @Test
    @TestSecurity(user = "route-reader", roles = "reader")
    void whatNoOperationNamesIsRefusedAtTheDoorAndNeverReachesAService() throws Exception {
        HttpResponse<String> unknown = send("GET", "/api/v1/documents/1/an-endpoint-no-service-publishes", null);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("urn:corridor:problem:not-found"), unknown.body());
        // A prefix is a whole segment: /api/v1/actorsx is nobody's.
        assertEquals(404, send("GET", "/api/v1/actorsx", null).statusCode());
        // A documented path with a method its operations do not take.
        assertEquals(405, send("PATCH", "/api/v1/indicators", "{}").statusCode());
        // HEAD is GET without its body.
        assertEquals(EchoServices.STATUS, send("HEAD", "/api/v1/indicators", null).statusCode());
    }

    @Test
    void anUndocumentedPathIs404EvenToAnAnonymousCaller() throws Exception {
        assertEquals(404, send("GET", "/api/v1/internal/annotations", null).statusCode());
        assertEquals(401, send("GET", "/api/v1/indicators", null).statusCode());
    }

    @Test
    @TestSecurity(user = "route-reader", roles = "reader")
    void aRelayedCallIsMeasuredUnderItsDocumentedPathNotItsIds() throws Exception {
        for (String id : List.of("41", "42")) {
            assertEquals(EchoServices.STATUS, send("GET", "/api/v1/documents/" + id + "/assignments", null).statusCode());
        }
        String metrics = send("GET", "/q/metrics", null).body();
        assertTrue(metrics.contains("uri=\"/api/v1/documents/{id}/assignments\""), "the documented path names the series");
        assertFalse(metrics.contains("uri=\"/api/v1/documents/41/assignments\""), "no series per id");
    }

    @Test
    @TestSecurity(user = "route-annotator", roles = { "annotator", "reader" })
    void aBodyIsStreamedOnByteForByte() throws Exception {
        byte[] large = new byte[5 * 1024 * 1024 + 7];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(root.resolve("/api/v1/indicators/imports"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(large)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(EchoServices.STATUS, answer.statusCode());
        assertTrue(answer.body().contains("body: " + large.length + " bytes, sha "
                + Integer.toHexString(java.util.Arrays.hashCode(large))), answer.body());
    }

    /** Who publishes each path, by the services' own documents as the gateway's build copied them. */
    private static Map<String, String> owners() throws Exception {
        Map<String, String> owners = new HashMap<>();
        for (String service : EchoServices.SERVICES) {
            try (var in = RouteTableTest.class.getClassLoader().getResourceAsStream("META-INF/openapi/" + service + "/openapi.json")) {
                new ObjectMapper().readTree(in).get("paths").fieldNames().forEachRemaining(p -> owners.put(p, service));
            }
        }
        return owners;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path));
        if (body != null && !method.equals("GET") && !method.equals("DELETE") && !method.equals("HEAD")) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
