package io.corridor.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The gateway's public API as a curator sees it, with a token from Keycloak. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    /**
     * HTTP/1.1, as curl and browsers speak over plain http: a connection per call in flight. Java's default
     * (an upgrade to h2c) would carry every thread of a benchmark's load over one multiplexed connection,
     * served by one event loop, which no team of separate clients does.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String gateway;
    private final String tokenEndpoint;
    private final String user;
    private String token;
    private long tokenRenewAt;

    public Api(String gateway, String issuer, String user) {
        this.gateway = gateway;
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
        this.user = user;
    }

    /** The absolute URL of an API path such as {@code /api/v1/documents}. */
    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : gateway + path);
    }

    /** A request builder with the bearer token set; a fresh token is taken when needed. */
    public HttpRequest.Builder request(String path) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
    }

    /** The current token, renewed shortly before it expires (runs such as ./corridor bench outlive one). */
    private synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - tokenRenewAt >= 0) {
            JsonNode answer = fetchToken();
            token = answer.path("access_token").asText();
            long lifetime = Math.max(10, answer.path("expires_in").asLong(300));
            tokenRenewAt = System.nanoTime() + Duration.ofSeconds(lifetime * 3 / 4).toNanos();
        }
        return token;
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public JsonNode get(String path) throws IOException, InterruptedException {
        return expect(send(request(path).GET().build()), 200);
    }

    public HttpResponse<String> postJson(String path, Object body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    /** The body as JSON when the status is one of those expected, else an error naming the problem. */
    public static JsonNode expect(HttpResponse<String> response, int... statuses) throws IOException {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            }
        }
        throw new IOException(response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                + ": " + response.body());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode fetchToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=corridor-cli&username=" + encode(user) + "&password=" + encode(user);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return expect(send(request), 200);
    }
}
