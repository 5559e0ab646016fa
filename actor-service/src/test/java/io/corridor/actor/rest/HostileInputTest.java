package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.json;
import static io.corridor.testing.HostileBodies.assertClientProblem;
import static io.corridor.testing.HostileBodies.members;
import static io.corridor.testing.HostileBodies.object;
import static io.corridor.testing.HostileBodies.quoted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.corridor.testing.HostileBodies.Raw;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the registry tried with hostile values (issue #20): numbers huge, negative or fractional where
 * an id or a count is expected, JSON members of the wrong type, strings of a million characters, NUL and lone
 * surrogates, malformed and empty bodies, a wrong or missing Content-Type, If-Match: *. Each must answer a 4xx
 * problem document (never a 5xx, never a stack trace) and write nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class HostileInputTest {

    private static final String A = "/api/v1/actors";
    private static final String R = "/api/v1/relations";
    private static final String REC = "/api/v1/reconcile";
    private static final String HUGE = "x".repeat(1_000_000);
    private static final String LONG_PARAMETER = "Z".repeat(3000);
    /** Ids the hostile calls name, created once through the API: an actor, another, a relation between them. */
    private static final String SUBJECT = "{subject}";
    private static final String OBJECT = "{object}";
    private static final String RELATION = "{relation}";
    private static final String POST = "{post}";
    private static final String P = "/api/v1/posts";
    private static long subject;
    private static long object;
    private static long relation;
    private static long post;

    /** One call: method, path with its query, headers and a body with its media type (null: none). */
    record Call(String method, String path, String contentType, String body, String ifMatch) {
        @Override
        public String toString() {
            String shown = body == null ? "" : " " + (body.length() > 120 ? body.substring(0, 120) + "…(" + body.length() + ")" : body);
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " [" + contentType
                    + (ifMatch == null ? "" : ", If-Match " + ifMatch) + "]" + shown;
        }
    }

    @BeforeEach
    void registry() {
        if (subject == 0) {
            subject = Registry.actor("state", Registry.unique("Hostile subject"));
            object = Registry.actor("state", Registry.unique("Hostile object"));
            relation = Registry.relation(subject, "allied_with", object, "2009", null);
            post = PostsAndProvenanceTest.post(object, "Hostile post");
        }
    }

    static Stream<Call> queries() {
        List<String> paths = new ArrayList<>();
        for (String q : new String[] { "page=-1", "size=0", "size=101", "size=-5", "page=1.5", "size=abc", "page=99999999999",
                "page=2147483647&size=100", "at=garbage", "from=2020&to=2010", "at=2020&from=2019", "predicate=robot" }) {
            paths.add(R + "?" + q);
        }
        for (String q : new String[] { "at=garbage", "at=-1", "from=99999-99", "to=" + LONG_PARAMETER, "from=2020&to=2010",
                "at=2020&from=2019", "predicate=robot", "predicate=%00" }) {
            paths.add(A + "/" + SUBJECT + "/relations?" + q);
        }
        for (String q : new String[] { "page=-1", "size=0", "size=101", "page=1.5", "size=abc", "page=2147483647&size=100",
                "q=" + LONG_PARAMETER, "kind=robot", "family=x", "country=xx", "country=" + LONG_PARAMETER, "status=x", "ids=",
                "ids=abc", "ids=1,,2", "ids=99999999999999999999", "ids=1.5", "ids=1&q=x",
                "ids=" + LongStream.rangeClosed(1, 101).mapToObj(Long::toString).collect(Collectors.joining(",")), "key=%00",
                "q=%00" }) {
            paths.add(A + "?" + q);
        }
        for (String id : new String[] { "abc", "1.5", "99999999999999999999", "-1", "%00" }) {
            paths.add(A + "/" + id);
            paths.add(A + "/" + id + "/relations");
            paths.add(A + "/" + id + "/timeline");
            paths.add(A + "/" + id + "/network");
            paths.add(R + "/" + id);
        }
        for (String q : new String[] { "id=abc", "id=", "id=99999999999999999999", "id=%00", "id=" + LONG_PARAMETER }) {
            paths.add(REC + "/preview?" + q);
        }
        for (String q : new String[] { "actor=abc", "actor=99999999999999999999", "kind=party", "at=garbage", "from=2020&to=2010",
                "page=-1", "size=101" }) {
            paths.add("/api/v1/events?" + q);
        }
        for (String id : new String[] { "abc", "1.5", "99999999999999999999", "-1" }) {
            paths.add("/api/v1/events/" + id);
            paths.add(P + "/" + id);
        }
        for (String q : new String[] { "organization=abc", "organization=99999999999999999999", "q=" + LONG_PARAMETER, "q=%00",
                "page=-1", "size=101", "size=abc" }) {
            paths.add(P + "?" + q);
        }
        for (String q : new String[] { "at=garbage", "at=" + LONG_PARAMETER, "at=2020-13" }) {
            paths.add(P + "/" + POST + "?" + q);
            paths.add(A + "/" + SUBJECT + "?" + q);
        }
        for (String format : new String[] { "popolo", "ftm" }) {
            for (String q : new String[] { "page=-1", "size=0", "size=101", "page=1.5", "size=abc", "page=2147483647&size=100" }) {
                paths.add("/api/v1/exports/" + format + "?" + q);
            }
        }
        for (String q : new String[] { "limit=0", "limit=101", "limit=abc", "type=wizard", "type=%00", "type=" + LONG_PARAMETER }) {
            paths.add(REC + "/properties?" + q);
        }
        for (String q : new String[] { "depth=0", "depth=4", "depth=-1", "depth=1.5", "depth=99999999999", "format=pdf",
                "at=garbage", "at=" + LONG_PARAMETER }) {
            paths.add(A + "/" + SUBJECT + "/network?" + q);
        }
        return paths.stream().map(p -> new Call("GET", p, null, null, null));
    }

    static Stream<Call> bodies() {
        List<Call> calls = new ArrayList<>();
        Map<String, Map<String, Object>> valid = new LinkedHashMap<>();
        Map<String, Object> actor = members("key", "hostile-key", "kind", "state", "name", "X", "language", "fr",
                "names", new Raw("[{\"language\":\"en\",\"name\":\"Y\",\"start\":\"1991\",\"end\":\"1995\"}]"), "aliases", new Raw("[\"a\"]"),
                "acronyms", new Raw("[\"AB\"]"), "country", "MLI", "start", "1991", "end", "2000", "description", "d",
                "wikidata", "Q1", "isni", "0000000000000001", "viaf", "1");
        Map<String, Object> relationDraft = members("subject", new Raw(SUBJECT), "predicate", "allied_with", "object",
                new Raw(OBJECT), "role", "r", "post", new Raw(POST), "onBehalfOf", new Raw(OBJECT), "start", "2009", "end", "2010",
                "notBefore", "2009-01-01", "notAfter", "2009-12-31", "confidence", 0.5,
                "evidence", new Raw("[{\"annotation\":\"urn:a\",\"document\":\"d.txt\",\"quote\":\"q\"}]"));
        Map<String, Object> postDraft = members("organization", new Raw(OBJECT), "label", "L", "role", "r", "description", "d",
                "start", "2004", "end", "2010", "notBefore", "2004-01-01", "notAfter", "2004-12-31",
                "evidence", new Raw("[{\"import\":\"i\",\"property\":\"label\",\"rank\":\"preferred\",\"stance\":\"supports\"}]"));
        valid.put("POST " + P, postDraft);
        valid.put("PUT " + P + "/" + POST, postDraft);
        actor.put("evidence", new Raw("[{\"import\":\"i\",\"property\":\"country\",\"value\":\"MLI\",\"stance\":\"contradicts\"}]"));
        valid.put("POST " + A, actor);
        valid.put("PUT " + A + "/" + SUBJECT, actor);
        valid.put("POST " + R, relationDraft);
        valid.put("PUT " + R + "/" + RELATION, relationDraft);
        valid.put("POST " + A + "/" + SUBJECT + "/merge", members("into", new Raw(OBJECT)));
        valid.put("POST " + A + "/mentions", members("text", "Le HCME"));
        valid.put("POST /api/v1/events", members("kind", "summit", "title", "T", "start", "2015", "end", "2016", "notBefore",
                "2015-01-01", "notAfter", "2016-12-31", "place", "p", "description", "d", "participants",
                new Raw("[{\"actor\":" + SUBJECT + ",\"role\":\"r\",\"onBehalfOf\":" + OBJECT + "}]"), "instruments", new Raw("[]"),
                "evidence", new Raw("[{\"annotation\":\"urn:a\",\"document\":\"d.txt\",\"quote\":\"q\"}]")));
        for (Map.Entry<String, Map<String, Object>> target : valid.entrySet()) {
            String method = target.getKey().split(" ")[0];
            String path = target.getKey().split(" ")[1];
            // the writes guarded by If-Match get the current ETag, so that only the body is at fault
            String ifMatch = method.equals("PUT") ? "current" : null;
            for (String body : new String[] { "", "{", "null", "[]", "123", "\"text\"", "{\"into\":", "[{}]", "{\"a\":1}}" }) {
                calls.add(new Call(method, path, "application/json", body, ifMatch));
            }
            String json = object(target.getValue());
            calls.add(new Call(method, path, "text/plain", json, ifMatch));
            calls.add(new Call(method, path, "application/xml", json, ifMatch));
            calls.add(new Call(method, path, null, json, ifMatch));
            calls.add(new Call(method, path, "multipart/form-data; boundary=x", json, ifMatch));
            if (method.equals("PUT")) {
                calls.add(new Call(method, path, "application/json", json, "*"));
                calls.add(new Call(method, path, "application/json", json, "\"999\", *"));
            }
            for (String field : target.getValue().keySet()) {
                Object example = target.getValue().get(field);
                List<String> hostile;
                if (example instanceof Raw raw && raw.json().startsWith("[")) {
                    hostile = List.of(quoted("x"), "5", "{}", "[" + quoted(HUGE) + "]", "[5]", "[\"\\u0000\"]", "[null]",
                            "[" + "[".repeat(2000) + "]".repeat(2000) + "]");
                } else if (example instanceof Raw || example instanceof Number) {
                    hostile = List.of("\"abc\"", "1.5", "99999999999999999999999", "1e400", "-1", "{}", "[]", "true",
                            "\"" + "9".repeat(5000) + "\"");
                } else {
                    hostile = List.of(quoted(HUGE), "5", "1.5", "true", "{}", "[1]", "\"\\u0000\"", "\"a\\ud800b\"", "\"\\udc00\"");
                }
                for (String value : hostile) {
                    if (path.endsWith("/mentions") && value.length() == HUGE.length() + 2) {
                        continue; // a text of a million characters is one to search (up to 5,000,000): tried beyond below
                    }
                    Map<String, Object> changed = new LinkedHashMap<>(target.getValue());
                    changed.put(field, new Raw(value));
                    calls.add(new Call(method, path, "application/json", object(changed), ifMatch));
                }
            }
        }
        calls.add(new Call("POST", A + "/mentions", "application/json", "{\"text\":" + quoted("y".repeat(5_000_001)) + "}", null));
        calls.add(new Call("POST", A + "/mentions", "application/json", "{}", null));
        // Reconciliation: JSON carried in form fields, as OpenRefine sends it, and the same queries as a JSON body
        String form = "application/x-www-form-urlencoded; charset=UTF-8";
        for (String queries : new String[] { "", "{", "null", "[]", "5", "{\"q\":null}", "{\"q\":{}}", "{\"q\":{\"query\":5}}",
                "{\"q\":{\"query\":\"a\\u0000b\"}}", "{\"q\":{\"query\":\"\\ud800\"}}", "{\"q\":{\"query\":" + quoted(HUGE) + "}}",
                "{\"q\":{\"query\":\"x\",\"limit\":99999999999999999999}}", "{\"q\":{\"query\":\"x\",\"limit\":1.5}}",
                "{\"q\":{\"query\":\"x\",\"properties\":[null]}}", "{\"q\":{\"query\":\"x\",\"properties\":[{\"pid\":\"country\",\"v\":"
                        + "[".repeat(2000) + "]".repeat(2000) + "}]}}", "{\"q\":{\"query\":\"x\",\"type_strict\":\"never\"}}" }) {
            calls.add(new Call("POST", REC, form, "queries=" + java.net.URLEncoder.encode(queries, StandardCharsets.UTF_8), null));
            calls.add(new Call("POST", REC + "/queries", "application/json", "{\"queries\":" + (queries.isEmpty() ? "\"\"" : queries) + "}", null));
        }
        for (String extend : new String[] { "{", "{\"ids\":[],\"properties\":[{\"id\":\"country\"}]}", "{\"ids\":[\"1\"],\"properties\":[]}",
                "{\"ids\":[\"99999999999999999999\"],\"properties\":[{\"id\":\"country\"}]}", "{\"ids\":[\"1\"],\"properties\":[{\"id\":\"x\"}]}" }) {
            calls.add(new Call("POST", REC, form, "extend=" + java.net.URLEncoder.encode(extend, StandardCharsets.UTF_8), null));
        }
        calls.add(new Call("POST", REC, form, "queries=%ZZ", null));
        calls.add(new Call("POST", REC, form, "queries=x&extend=y", null));
        calls.add(new Call("POST", REC, form, "queries=" + "x".repeat(2_000_000), null));
        calls.add(new Call("POST", REC, "application/json", "{\"queries\":{}}", null));
        calls.add(new Call("POST", REC, null, "queries={}", null));
        calls.add(new Call("POST", REC + "/queries", form, "queries={}", null));
        calls.add(new Call("DELETE", R + "/" + RELATION, null, null, "*"));
        calls.add(new Call("DELETE", R + "/" + RELATION, null, null, null));
        calls.add(new Call("DELETE", R + "/abc", null, null, "\"1\""));
        calls.add(new Call("DELETE", P + "/" + POST, null, null, "*"));
        calls.add(new Call("DELETE", P + "/" + POST, null, null, null));
        calls.add(new Call("DELETE", P + "/abc", null, null, "\"1\""));
        calls.add(new Call("POST", A + "/" + SUBJECT + "/accept", null, null, "*"));
        calls.add(new Call("POST", R + "/" + RELATION + "/accept", null, null, "*"));
        calls.add(new Call("POST", A + "/-1/accept", null, null, null));
        calls.add(new Call("POST", P + "/" + POST + "/accept", null, null, "*"));
        calls.add(new Call("POST", P + "/abc/accept", null, null, null));
        calls.add(new Call("POST", "/api/v1/events/-1/accept", null, null, "\"x\""));
        return calls.stream();
    }

    @ParameterizedTest
    @MethodSource({ "queries", "bodies" })
    void neverA5xxAlwaysAProblemAndNothingWritten(Call call) throws Exception {
        String before = counts();
        String path = call.path().replace(SUBJECT, String.valueOf(subject)).replace(OBJECT, String.valueOf(object))
                .replace(RELATION, String.valueOf(relation)).replace(POST, String.valueOf(post));
        RequestSpecification request = given().urlEncodingEnabled(false);
        request = call.contentType() == null ? request.noContentType() : request.contentType(call.contentType());
        if (call.body() != null) {
            String body = call.body().replace(SUBJECT, String.valueOf(subject)).replace(OBJECT, String.valueOf(object))
                    .replace(POST, String.valueOf(post));
            // REST Assured encodes a form body itself unless it is text (already encoded here, as OpenRefine sends it)
            boolean form = String.valueOf(call.contentType()).startsWith("application/x-www-form-urlencoded");
            request = form ? request.body(body) : request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        if (call.ifMatch() != null) {
            request = request.header("If-Match", call.ifMatch().equals("current") ? etag(path) : call.ifMatch());
        }
        Response answer = request.request(call.method(), path);
        assertClientProblem(call, answer);
        assertEquals(before, counts(), call + " wrote something");
    }

    /** Issue #20: "*" matches any version, so it would overwrite what the client never read. */
    @Test
    void ifMatchStarIsNoETag() {
        String etag = etag(A + "/" + subject);
        Map<String, Object> body = Map.of("kind", "state", "name", "Renamed with a star");
        json().header("If-Match", "*").body(body).when().put(A + "/" + subject).then().statusCode(428)
                .contentType("application/problem+json").body("errors.field", hasItem("If-Match"),
                        "detail", org.hamcrest.Matchers.containsString("ETag"));
        given().header("If-Match", "*").when().delete(R + "/" + relation).then().statusCode(428);
        Map<String, Object> draft = Map.of("subject", subject, "predicate", "allied_with", "object", object);
        json().header("If-Match", "*").body(draft).when().put(R + "/" + relation).then().statusCode(428);
        given().header("If-Match", "*").when().post(A + "/" + subject + "/accept").then().statusCode(428);
        // nothing changed: the ETags read before still hold
        assertEquals(etag, etag(A + "/" + subject));
        given().when().get(R + "/" + relation).then().statusCode(200);
    }

    /** The shared PageRequest bounds page, so that page × size (the search's offset, Panache's) cannot overflow. */
    @Test
    void aPageBeyondAnyOffsetIsRefused() {
        for (String path : List.of(A, A + "?q=Hostile", R)) {
            given().urlEncodingEnabled(false).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).when().get(path)
                    .then().statusCode(400).body("errors[0].field", equalTo("page"));
        }
    }

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** What the registry could have written, counted in one statement. */
    private static String counts() throws Exception {
        try (Connection c = PostgresResource.connect("actors"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select concat_ws(',', (select count(*) from actor), (select count(*) from "
                        + "actor_name), (select count(*) from relation), (select count(*) from evidence), (select max(revision) "
                        + "from registry_revision), (select sum(version) from actor), (select sum(version) from relation), (select count(*) from event), (select count(*) from event_participant), (select count(*) from post), (select sum(version) from post))")) {
            r.next();
            return "actors, names, relations, evidence, revision, versions, events, participants, posts, post versions: " + r.getString(1);
        }
    }
}
