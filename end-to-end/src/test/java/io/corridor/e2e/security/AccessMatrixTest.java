package io.corridor.e2e.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The access matrix: every operation of the gateway's served OpenAPI document, called by every kind of caller.
 * What each caller must get comes from declared sources, never from observed answers: the roles an operation
 * requires ({@code x-corridor-roles}, published from the resources' {@code @RolesAllowed}) and the roles each
 * user holds (the realm as code in deploy/keycloak, its composite roles expanded). A caller holding the role
 * must pass the door (anything but 401/403: harmless inputs, so 400, 404 or 422 are expected); one signed in
 * without it gets 403; anonymous callers and callers with an expired, foreign-signed or unsigned token get 401.
 */
@ExtendWith(Stack.class)
class AccessMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> USERS = List.of("reader", "annotator", "annotator2", "curator", "admin");
    private static final List<String> VERBS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    /** Answers never wait long: an operation that streams instead of answering fails the matrix. */
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 60_000)
                    .setParam("http.connection.timeout", 10_000));

    private static JsonNode openApi;
    private static Map<String, Set<String>> rolesOfUser;
    private static Set<String> realmRoles;

    @BeforeAll
    static void readDeclarations() throws IOException {
        openApi = JSON.readTree(given().noFilters().when().get(Stack.GATEWAY + "/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        rolesOfUser = effectiveRoles();
    }

    @Test
    void everyOperationAnswersEachCallerAsItsRolesDeclare() throws Exception {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        for (String user : USERS) {
            callers.put(user, Tokens.of(user));
        }
        callers.put("expired", expiredToken());
        callers.put("foreign-signed", foreignSigned());
        callers.put("alg-none", unsigned());

        List<String> wrong = new ArrayList<>();
        int operations = 0;
        int calls = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String verb : VERBS) {
                JsonNode operation = path.getValue().get(verb);
                if (operation == null) {
                    continue;
                }
                operations++;
                String name = verb.toUpperCase() + " " + path.getKey();
                JsonNode declared = operation.get("x-corridor-roles");
                if (declared == null || !declared.isArray()) {
                    wrong.add(name + ": declares no x-corridor-roles (the matrix cannot know who may call it)");
                    continue;
                }
                List<String> required = new ArrayList<>();
                declared.forEach(r -> required.add(r.asText()));
                for (Map.Entry<String, String> caller : callers.entrySet()) {
                    int expected = expected(required, caller.getKey());
                    // a user's token asked for again at each call: the matrix outlives the minute Tokens keeps in reserve
                    String token = USERS.contains(caller.getKey()) ? Tokens.of(caller.getKey()) : caller.getValue();
                    int status = call(verb, path.getKey(), path.getValue(), operation, token);
                    calls++;
                    boolean ok = expected == 0 ? status != 401 && status != 403 && status < 500 : status == expected;
                    if (!ok) {
                        wrong.add(name + " as " + caller.getKey() + ": " + (status > 1000 ? (status - 1000)
                                + " without application/problem+json" : status) + ", expected "
                                + (expected == 0 ? "to pass the door (not 401/403, no 5xx)" : expected));
                    }
                }
            }
        }
        System.out.printf("access matrix: %d operations x %d callers = %d calls%n", operations, callers.size(), calls);
        assertTrue(operations > 0, "the OpenAPI document lists no operation");
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " cells of the access matrix are wrong:\n  " + String.join("\n  ", wrong));
        }
    }

    /** Routes a client could guess: none may answer unless the OpenAPI document (or /q infrastructure) lists it. */
    @Test
    void undocumentedRoutesDoNotAnswer() {
        List<String> probes = List.of("/q/dev", "/q/dev-ui", "/q/dev-ui/extensions", "/q/arc", "/q/arc/beans",
                "/q/env", "/q/info", "/q/logging-manager", "/api", "/api/v1", "/api/v1/internal",
                "/api/v1/internal/annotations", "/api/v1/admin", "/api/v1/users", "/api/v1/teams", "/api/v2/documents",
                "/api/v1/annotations/" + UUID.randomUUID() + "/restore",
                "/api/v1/documents/987654321/annotations", "/api/v1/indicators/imports/1",
                "/api/v1/actors/987654321/mentions", "/api/v1/audit/1", "/api/v1/me/token", "/api/v1/sources",
                "/api/v1/observations", "/api/v1/series", "/actuator", "/actuator/env", "/metrics", "/.env",
                "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/application.properties");
        List<String> answering = new ArrayList<>();
        for (String probe : probes) {
            assertTrue(!documented(probe), probe + " is documented: remove it from the probes");
            for (String token : new String[] { null, Tokens.of("admin") }) {
                int status = send(given(), token, "get", Stack.GATEWAY + probe);
                if (status != 404 && status != 405) {
                    answering.add("GET " + probe + (token == null ? " (anonymous)" : " (admin)") + " -> " + status);
                }
            }
        }
        // Methods the document does not list on a documented path are refused too.
        for (String[] undocumented : new String[][] { { "delete", "/api/v1/audit" }, { "put", "/api/v1/me" },
                { "delete", "/api/v1/indicators" }, { "patch", "/api/v1/actors/987654321" } }) {
            int status = send(given().contentType("application/json").body("{}"), Tokens.of("admin"), undocumented[0],
                    Stack.GATEWAY + undocumented[1]);
            if (status != 404 && status != 405) {
                answering.add(undocumented[0].toUpperCase() + " " + undocumented[1] + " (admin) -> " + status);
            }
        }
        assertEquals(List.of(), answering, "routes answering though the OpenAPI document does not list them");
    }

    private static boolean documented(String probe) {
        for (Iterator<String> paths = openApi.path("paths").fieldNames(); paths.hasNext();) {
            if (probe.matches(paths.next().replaceAll("\\{[^}]+}", "[^/]+"))) {
                return true;
            }
        }
        return false;
    }

    /** 0 = must pass the door; otherwise the exact status. */
    private static int expected(List<String> required, String caller) {
        Set<String> held = rolesOfUser.get(caller);
        if (held == null) {
            // Anonymous, expired, foreign-signed, unsigned: no identity at all.
            return required.isEmpty() ? 0 : 401;
        }
        if (required.isEmpty() || required.contains("*")) {
            return 0;
        }
        if (required.contains("!")) {
            return 403;
        }
        for (String role : required) {
            assertTrue(realmRoles.contains(role), "x-corridor-roles names " + role + ", not a role of the realm");
        }
        return required.stream().anyMatch(held::contains) ? 0 : 403;
    }

    private static int call(String verb, String template, JsonNode pathItem, JsonNode operation, String token) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        String path = template;
        RequestSpecification request = given();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String value = harmless(name, parameter.path("schema"));
            switch (parameter.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", value);
                case "query" -> {
                    if (parameter.path("required").asBoolean()) {
                        request.queryParam(name, value);
                    }
                }
                case "header" -> {
                    if (parameter.path("required").asBoolean()) {
                        request.header(name, "If-Match".equalsIgnoreCase(name) ? "\"1\"" : value);
                    }
                }
                default -> {
                }
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.isMissingNode() && content.size() > 0) {
            String mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
            if (mediaType.startsWith("multipart/")) {
                request.multiPart("note", "not a file");
            } else if (mediaType.startsWith("application/x-www-form-urlencoded")) {
                request.formParam("x", "x"); // RestAssured encodes a form itself: it refuses raw bytes for one
            } else if (mediaType.contains("json")) {
                request.contentType(mediaType).body("{}".getBytes(StandardCharsets.UTF_8));
            } else {
                request.contentType(mediaType).body("x".getBytes(StandardCharsets.UTF_8));
            }
        }
        return send(request, token, verb, Stack.GATEWAY + path);
    }

    /** Values that name nothing: the call is harmless whoever makes it. */
    private static String harmless(String name, JsonNode schema) {
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        if ("integer".equals(schema.path("type").asText())) {
            return "n".equals(name) ? "1" : "987654321";
        }
        return switch (name) {
            case "document" -> "987654321";
            case "code" -> "NO.SUCH.CODE";
            default -> "zzz-no-such-thing";
        };
    }

    /**
     * One call outside the contract filter (it would reject the deliberately useless inputs); a 429 of the rate
     * limiter is waited out as its Retry-After says, since the matrix is many calls from one address.
     */
    private static int send(RequestSpecification request, String token, String verb, String url) {
        request.noFilters().config(BOUNDED).redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        for (int attempt = 0;; attempt++) {
            Response response = request.request(verb.toUpperCase(), url);
            int status = response.statusCode();
            if (status == 429 && attempt < 5) {
                sleep(Long.parseLong(response.header("Retry-After") == null ? "5" : response.header("Retry-After")));
                continue;
            }
            if (status == 401 || status == 403) {
                String type = response.contentType();
                if (type == null || !type.startsWith("application/problem+json")) {
                    return 1000 + status; // a refusal without a problem document is wrong too
                }
            }
            return status;
        }
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each demo user's realm roles with composites expanded, read from the realm kept as code. */
    private static Map<String, Set<String>> effectiveRoles() throws IOException {
        Path root = Path.of(System.getProperty("corridor.root", "..")).toAbsolutePath().normalize();
        JsonNode realm = JSON.readTree(root.resolve("deploy/keycloak/corridor-realm.json").toFile());
        Map<String, List<String>> composites = new HashMap<>();
        for (JsonNode role : realm.path("roles").path("realm")) {
            List<String> parts = new ArrayList<>();
            role.path("composites").path("realm").forEach(r -> parts.add(r.asText()));
            composites.put(role.path("name").asText(), parts);
        }
        realmRoles = composites.keySet();
        Map<String, Set<String>> users = new HashMap<>();
        for (JsonNode user : realm.path("users")) {
            Set<String> held = new HashSet<>();
            List<String> pending = new ArrayList<>();
            user.path("realmRoles").forEach(r -> pending.add(r.asText()));
            while (!pending.isEmpty()) {
                String role = pending.remove(pending.size() - 1);
                if (held.add(role)) {
                    pending.addAll(composites.getOrDefault(role, List.of()));
                }
            }
            users.put(user.path("username").asText(), held);
        }
        for (String user : USERS) {
            assertTrue(users.containsKey(user), user + " is not in the realm");
        }
        return users;
    }

    /**
     * A token Keycloak really signed, for a real user, that has expired: issued through a throw-away public client
     * whose access tokens live five seconds (created and removed with the admin API), then left to expire. It is
     * accepted while valid, so its later 401 is the expiry's doing.
     */
    private static String expiredToken() {
        String admin = given().noFilters().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(Stack.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String clientId = "corridor-expiry-probe-" + UUID.randomUUID().toString().substring(0, 8);
        String clients = Stack.KEYCLOAK + "/admin/realms/corridor/clients";
        String location = given().noFilters().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "5"),
                        "defaultClientScopes", List.of("basic", "roles", "profile", "corridor-audience", "corridor-teams")))
                .when().post(clients).then().statusCode(201).extract().header("Location");
        try {
            String token = given().noFilters().contentType("application/x-www-form-urlencoded")
                    .formParam("grant_type", "password").formParam("client_id", clientId)
                    .formParam("username", "admin").formParam("password", "admin")
                    .when().post(Stack.ISSUER + "/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
            long exp = Tokens.payload(token).path("exp").asLong();
            // Valid now (a failure here means the probe client's tokens differ from the others', not expiry).
            int now = given().noFilters().auth().oauth2(token).when().get(Stack.GATEWAY + "/api/v1/me").statusCode();
            if (Instant.now().getEpochSecond() < exp) {
                assertEquals(200, now, "the probe token is accepted before it expires");
            }
            while (Instant.now().getEpochSecond() <= exp + 2) {
                sleep(1);
            }
            return token;
        } finally {
            given().noFilters().auth().oauth2(admin).when().delete(location);
        }
    }

    /** The payload of a real admin token, signed RS256 with a key pair of our own under Keycloak's key id. */
    private static String foreignSigned() throws Exception {
        String real = Tokens.of("admin");
        JsonWebSignature forged = new JsonWebSignature();
        forged.setPayload(Tokens.payload(real).toString());
        forged.setKeyIdHeaderValue(Tokens.header(real).get("kid").asText());
        forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        forged.setKey(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate());
        return forged.getCompactSerialization();
    }

    /** The payload of a real admin token under {"alg":"none"} and no signature. */
    private static String unsigned() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + Tokens.of("admin").split("\\.")[1] + ".";
    }
}
