package io.corridor.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;

/**
 * Every operation of the public OpenAPI document, every parameter and every member of its JSON body, tried
 * with boundary and hostile values (control characters, invalid UTF-8, long strings, overflowing and
 * fractional numbers, wrong types, malformed JSON and multipart, wrong or missing media types) as every
 * role. The rule: never a 5xx; every refusal is problem+json, a 400 or 422 names what is at fault; a
 * refused write stores nothing (the services' row counts before and after each operation's refused writes).
 * Driven by the document, so a new operation is tried the day it is published.
 */
@ExtendWith(Stack.class)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "é".repeat(1_000_000);
    /** Query and path values, percent-encoded as sent: NUL, BEL, a lone surrogate and a cut sequence in UTF-8,
     *  numbers that overflow int and long, fractions, negatives, words where numbers go, a 3,000-byte value. */
    private static final List<String> PARAMETER_VALUES = List.of("%00", "a%00b", "%07", "%ED%A0%80", "%C3", "-1",
            "2147483648", "99999999999999999999", "1.5", "abc", "1e3", "%27%20OR%201%3D1%20--", "..%2F..%2Fetc%2Fpasswd",
            "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", "", "x".repeat(3000));
    /** Members' values in a JSON body. */
    private static final List<String> MEMBER_VALUES = List.of("null", "\"a\\u0000b\"", "\"\\ud800\"",
            "\"" + LONG + "\"", "-1", "1e400", "2147483648", "99999999999999999999", "1.5", "true", "[]", "{}",
            "\"\"", "[[[[[[[[[[[[[[[[[[[[\"deep\"]]]]]]]]]]]]]]]]]]]]");
    private static final List<String> BODIES = List.of("{", "", "null", "[]", "\"x\"", "{\"a\":\"\\u0000\"}",
            "[".repeat(5000) + "]".repeat(5000), "{\"x\":" + "1".repeat(2000) + "}");
    /** Roles: the widest rights try every value; the others one of each kind, and nobody (no token) too. */
    private static final List<String> ROLES = List.of("admin", "curator", "annotator", "reader");
    /** Tables that a refused request writes to by design: the gateway's audit trail of refusals, and the
     *  Idempotency-Key store. */
    private static final Set<String> EXPECTED_WRITES = Set.of("gateway.audit_record", "gateway.idempotency_record");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> faults = new ArrayList<>();
    private int tried;
    private int parameters;

    /** Counts a parameter or member once, in the full pass. */
    private void parameters(boolean everyValue) {
        if (everyValue) {
            parameters++;
        }
    }

    @Test
    void noOperationAnswers5xxOrStoresARefusedWrite() throws Exception {
        JsonNode document = JSON.readTree(send("GET", Stack.GATEWAY + "/q/openapi?format=json", null, null, null).body());
        JsonNode schemas = document.path("components").path("schemas");
        int operations = 0;
        for (var path : iterable(document.path("paths").fields())) {
            for (var operation : iterable(path.getValue().fields())) {
                String method = operation.getKey().toUpperCase();
                if (method.equals("PARAMETERS") || method.equals("OPTIONS")) {
                    continue;
                }
                operations++;
                Map<String, Long> before = rowCounts();
                // Every value, straight to the service that owns the operation (the gateway passes the bytes on;
                // its rate limits would only slow this down), as the widest role; then one value of each kind
                // through the gateway as every role and as nobody.
                boolean storedOnPurpose = tryOperation(method, owner(path.getKey()), path.getKey(), operation.getValue(),
                        schemas, Tokens.of("admin"), true);
                for (String role : ROLES) {
                    storedOnPurpose |= tryOperation(method, Stack.GATEWAY, path.getKey(), operation.getValue(), schemas,
                            Tokens.of(role), false);
                }
                tryOperation(method, Stack.GATEWAY, path.getKey(), operation.getValue(), schemas, null, false);
                if (!storedOnPurpose && !method.equals("GET")) {
                    Map<String, Long> after = rowCounts();
                    if (!after.equals(before)) {
                        faults.add(method + " " + path.getKey() + ": refused requests changed rows " + changed(before, after));
                    }
                }
            }
        }
        String summary = operations + " operations, " + parameters + " parameters and body members, " + tried
                + " requests, " + faults.size() + " faults";
        Files.writeString(Path.of("target/hostile-input.txt"), summary + "\n" + String.join("\n", faults) + "\n");
        System.out.println("HostileInputTest: " + summary);
        assertTrue(operations > 60, summary);
        assertEquals(List.of(), faults, summary);
    }

    /** Where an operation is written: the service its path belongs to, or the gateway for its own. */
    private static String owner(String path) {
        if (path.matches("/api/v1/(documents/[^/]+/view|actors/[^/]+/dossier|audit|me)/?")) {
            return Stack.GATEWAY;
        }
        if (path.matches("/api/v1/(actors|relations|events|posts|exports|reconcile)(/.*)?")) {
            return Stack.ACTOR_SERVICE;
        }
        if (path.startsWith("/api/v1/indicators") || path.startsWith("/api/v1/claims")) {
            return Stack.REMITTANCE_SERVICE;
        }
        return Stack.DOCUMENT_SERVICE;
    }

    /** Tries one operation as one caller; answers whether a hostile request was accepted and stored. */
    private boolean tryOperation(String method, String base, String template, JsonNode operation, JsonNode schemas,
            String token, boolean everyValue) throws Exception {
        boolean accepted = false;
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        JsonNode content = operation.path("requestBody").path("content");
        String type = content.isMissingNode() ? null : content.fieldNames().next();
        JsonNode schema = type == null ? null : resolve(content.path(type).path("schema"), schemas);
        // Parameters are tried with the rest of the request right: a valid-shaped body, the required parameters.
        String body = type != null && type.contains("json") ? example(schema, schemas).toString() : null;
        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asText();
            if (!in.equals("query") && !in.equals("path")) {
                continue;
            }
            parameters(everyValue);
            for (String value : everyValue ? PARAMETER_VALUES : PARAMETER_VALUES.subList(0, 1)) {
                String url = url(base, template, parameters, parameter.path("name").asText(), value);
                accepted |= check(method, template, parameter.path("name").asText() + "=" + shorten(value),
                        send(method, url, token, body == null ? null : type, body),
                        acceptable(parameter.path("name").asText(), in.equals("path"), type, schema));
            }
        }
        if (type == null) {
            return accepted;
        }
        String url = url(base, template, parameters, null, null);
        if (type.startsWith("multipart/")) {
            accepted |= check(method, template, "malformed multipart",
                    send(method, url, token, "multipart/form-data; boundary=zz", "{"), null);
            accepted |= check(method, template, "multipart without boundary",
                    send(method, url, token, "multipart/form-data", "--zz\r\n"), null);
            return accepted;
        }
        for (String hostile : everyValue ? BODIES : BODIES.subList(0, 1)) {
            accepted |= check(method, template, "body " + shorten(hostile), send(method, url, token, type, hostile), null);
        }
        if (!everyValue) {
            return accepted; // through the gateway, a malformed body is enough: it passes bodies on as bytes
        }
        accepted |= check(method, template, "no Content-Type", send(method, url, token, null, "{}"), null);
        accepted |= check(method, template, "text/plain", send(method, url, token, "text/plain", "{}"), null);
        if (type.contains("json")) {
            accepted |= check(method, template, "UTF-16 charset",
                    send(method, url, token, "application/json; charset=utf-16", "{}"), null);
            ObjectNode valid = example(schema, schemas);
            for (var member : iterable(schema.path("properties").fieldNames())) {
                parameters(everyValue);
                for (String value : everyValue ? MEMBER_VALUES : MEMBER_VALUES.subList(1, 2)) {
                    String rest = valid.deepCopy().without(member).toString();
                    String hostile = rest.equals("{}") ? "{\"" + member + "\":" + value + "}"
                            : "{\"" + member + "\":" + value + "," + rest.substring(1);
                    accepted |= check(method, template, member + "=" + shorten(value),
                            send(method, url, token, type, hostile), null);
                }
            }
        } else {
            accepted |= check(method, template, "NUL and invalid UTF-8 in a file",
                    send(method, url, token, type, "a,b\n\u0000,\uD800\n" + "x".repeat(100_000)), null);
        }
        return accepted;
    }

    /** Records what breaks the rule; answers whether the request was accepted as a write. */
    private boolean check(String method, String template, String what, HttpResponse<String> answer, Set<String> names) {
        tried++;
        int status = answer.statusCode();
        String where = method + " " + template + " [" + what + "] -> " + status;
        if (status >= 500) {
            faults.add(where + ": " + shorten(answer.body()));
            return false;
        }
        if (status >= 400) {
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                faults.add(where + ": not problem+json but '" + type + "'");
            } else if (status == 400 || status == 422) {
                JsonNode problem = parse(answer.body());
                if (!problem.path("errors").isArray() || problem.path("errors").isEmpty()) {
                    faults.add(where + ": names no field (" + problem.path("detail").asText() + ")");
                } else if (names != null && !named(problem, names)) {
                    faults.add(where + ": names " + problem.path("errors") + ", none of " + names);
                }
            }
            return false;
        }
        return !method.equals("GET") && status < 300;
    }

    private static boolean named(JsonNode problem, Set<String> names) {
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asText();
            if (names.contains(field) || names.contains(field.split("[.\\[]")[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a refusal of a hostile parameter may name: the parameter, or (for a path segment) the path, or the
     * body and its members, which these requests send only roughly right (a file or multipart body not at all).
     */
    private static Set<String> acceptable(String parameter, boolean inPath, String bodyType, JsonNode schema) {
        Set<String> names = new java.util.HashSet<>(Set.of(parameter));
        if (inPath) {
            names.add("path");
        }
        if (bodyType != null) {
            names.add("body");
            if (bodyType.startsWith("multipart/")) {
                names.add("file");
            }
            schema.path("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private HttpResponse<String> send(String method, String url, String token, String type, String body)
            throws IOException, InterruptedException {
        for (int attempt = 0;; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // The gateway's rate limits hold here too: wait as told, then try again.
            if (answer.statusCode() != 429 || attempt > 20) {
                return answer;
            }
            Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    /** The operation's URL with one parameter hostile and the others plausible (ids of nothing that exists). */
    private static String url(String base, String template, List<JsonNode> parameters, String hostile, String value) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (in.equals("path")) {
                path = path.replace("{" + name + "}", name.equals(hostile) ? value : plausible(parameter));
            } else if (in.equals("query") && (name.equals(hostile) || parameter.path("required").asBoolean())) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(name.equals(hostile) ? value : plausible(parameter));
            }
        }
        return base + path + query;
    }

    private static String plausible(JsonNode parameter) {
        JsonNode example = parameter.has("example") ? parameter.get("example") : parameter.path("schema").path("example");
        if (!example.isMissingNode() && example.isValueNode()) {
            return java.net.URLEncoder.encode(example.asText(), StandardCharsets.UTF_8);
        }
        if (parameter.path("schema").has("enum")) {
            return parameter.path("schema").path("enum").get(0).asText();
        }
        String type = parameter.path("schema").path("type").asText();
        String format = parameter.path("schema").path("format").asText();
        if (format.equals("uuid") || parameter.path("name").asText().equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        return type.equals("integer") ? "987654321" : "HOSTILE.PROBE";
    }

    /** A body of the schema's members that have an example, and of its required ones. */
    private static ObjectNode example(JsonNode schema, JsonNode schemas) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (var member : iterable(schema.path("properties").fields())) {
            JsonNode property = resolve(member.getValue(), schemas);
            if (property.path("readOnly").asBoolean()) {
                continue;
            }
            if (property.has("example")) {
                node.set(member.getKey(), property.get("example"));
            } else if (property.has("enum")) {
                node.set(member.getKey(), property.get("enum").get(0));
            } else if (required.contains(member.getKey())) {
                switch (property.path("type").asText()) {
                    case "integer", "number" -> node.put(member.getKey(), 1);
                    case "boolean" -> node.put(member.getKey(), false);
                    case "array" -> node.putArray(member.getKey());
                    case "object" -> node.putObject(member.getKey());
                    default -> node.put(member.getKey(), "probe");
                }
            }
        }
        return node;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        for (int depth = 0; depth < 10; depth++) {
            if (schema.has("$ref")) {
                schema = schemas.path(schema.get("$ref").asText().replace("#/components/schemas/", ""));
            } else if (schema.has("allOf") && schema.get("allOf").size() == 1) {
                schema = schema.get("allOf").get(0);
            } else {
                return schema;
            }
        }
        return schema;
    }

    /** Rows per table in the services' and the gateway's databases. */
    private static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : List.of("documents", "actors", "remittances", "gateway")) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + Stack.POSTGRES_PORT + "/"
                    + database, "corridor", "corridor"); Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet r = s.executeQuery("select schemaname || '.' || relname from pg_stat_user_tables "
                        + "where relname not like 'flyway%'")) {
                    while (r.next()) {
                        tables.add(r.getString(1));
                    }
                }
                for (String table : tables) {
                    String key = database + "." + table.substring(table.indexOf('.') + 1);
                    if (EXPECTED_WRITES.contains(key)) {
                        continue;
                    }
                    try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
                        r.next();
                        counts.put(key, r.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((table, n) -> {
            if (!n.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + n);
            }
        });
        return changed;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
