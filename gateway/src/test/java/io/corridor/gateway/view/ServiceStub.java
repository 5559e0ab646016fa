package io.corridor.gateway.view;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for the document-service and the actor-service (the gateway's
 * tests run without them), answering a few fixed routes; the remittance-service stays on a closed
 * port. What the composite views do with the answers, and with the missing service, is what the
 * tests check. Routes are keyed by method and path; any other path answers 404 problem, as a
 * service does for something that does not exist. {@code GET /api/v1/actors?ids=} answers from
 * {@link #ACTORS} as the actor-service's batch read does (a merged id stands for its survivor), and every
 * request is logged in {@link #REQUESTS} so that tests can count the calls the gateway made.
 */
public class ServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String JSON = "application/json";
    static final String JSON_LD = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    /** method + path → status, media type, body. */
    record Answer(int status, String type, String body) {
    }

    /** SHA-256s of the document's two versions. */
    static final String SHA1 = "a".repeat(64);
    static final String SHA2 = "b".repeat(64);
    /** Who wrote an annotation and when, as the annotation container always says. */
    static final String WRITTEN = "\"creator\":{\"type\":\"Person\",\"name\":\"annotator\"},"
            + "\"created\":\"2026-01-01T10:00:00Z\",\"modified\":\"2026-01-01T10:00:00Z\",\"status\":\"accepted\"";

    static final String DOCUMENT = """
            {"id":1,"title":"Communiqué conjoint","authors":["Gouvernement du Mali"],"date":"2016-12-11","kind":"official_communique",
             "language":"fr","tags":["mali"],"version":{"n":2,"sha256":"%s","mediaType":"text/plain","fileName":"communique.txt",
             "size":120,"textLength":118,"noTextLayer":false,"createdBy":"annotator","createdAt":"2026-01-02T10:00:00Z"},
             "createdBy":"annotator","createdAt":"2026-01-01T10:00:00Z","updatedAt":"2026-01-02T10:00:00Z"}""".formatted(SHA2);

    static final Map<String, Answer> ROUTES = Map.ofEntries(
            Map.entry("GET /api/v1/documents/1", new Answer(200, JSON, DOCUMENT)),
            Map.entry("GET /api/v1/documents/1/versions", new Answer(200, JSON, """
                    [{"n":1,"sha256":"%s","mediaType":"text/plain","fileName":"communique.txt","size":100,"textLength":98,
                      "noTextLayer":false,"createdBy":"annotator","createdAt":"2026-01-01T10:00:00Z"},
                     {"n":2,"sha256":"%s","mediaType":"text/plain","fileName":"communique.txt","size":120,"textLength":118,
                      "noTextLayer":false,"createdBy":"annotator","createdAt":"2026-01-02T10:00:00Z"}]""".formatted(SHA1, SHA2))),
            Map.entry("GET /api/v1/documents/1/pages", new Answer(200, JSON, "[]")),
            // the annotations of document 1, or those citing actor 7: one container serves both
            Map.entry("GET /api/v1/annotations/", new Answer(200, JSON_LD, """
                    {"@context":"http://www.w3.org/ns/anno.jsonld","id":"http://localhost:8080/api/v1/annotations/?document=1",
                     "type":["BasicContainer","AnnotationCollection"],"total":3,
                     "first":{"type":"AnnotationPage","startIndex":0,"items":[
                       {"id":"http://localhost:8080/api/v1/annotations/0b5e","type":"Annotation","motivation":"identifying",
                        "body":{"type":"SpecificResource","source":"http://localhost:8080/api/v1/actors/7","purpose":"identifying"},
                        "target":{"source":"http://localhost:8080/api/v1/documents/1"},%s},
                       {"id":"http://localhost:8080/api/v1/annotations/1c2d","type":"Annotation","motivation":"commenting",
                        "body":{"type":"TextualBody","value":"à vérifier","purpose":"commenting"},
                        "target":{"source":"http://localhost:8080/api/v1/documents/1"},%s},
                       {"id":"http://localhost:8080/api/v1/annotations/2e3f","type":"Annotation","motivation":"identifying",
                        "body":["http://localhost:8080/api/v1/actors/8"],
                        "target":{"source":"http://localhost:8080/api/v1/documents/1"},%s}]}}""".formatted(WRITTEN, WRITTEN, WRITTEN))),
            Map.entry("POST /api/v1/actors/mentions", new Answer(200, JSON, """
                    [{"actorId":8,"start":40,"end":44,"exact":"HCME","alias":"HCME","ambiguous":false,"candidates":[8]},
                     {"actorId":8,"start":10,"end":14,"exact":"HCME","alias":"HCME","ambiguous":false,"candidates":[8]},
                     {"actorId":9,"start":60,"end":64,"exact":"Mali","alias":"Mali","ambiguous":false,"candidates":[9]},
                     {"start":70,"end":73,"exact":"UE","alias":"UE","ambiguous":true,"candidates":[10,11]}]""")),
            Map.entry("GET /api/v1/actors/7", new Answer(200, JSON, actor(7, "Délégation générale des Maliens de l'extérieur", "MLI"))),
            Map.entry("GET /api/v1/actors/8", new Answer(200, JSON, actor(8, "Haut Conseil des Maliens de l'Extérieur", "MLI"))),
            // actor 9 was merged into 7
            Map.entry("GET /api/v1/actors/9", new Answer(308, null, null)),
            Map.entry("GET /api/v1/actors/7/relations", new Answer(200, JSON, """
                    [{"id":3,"subject":{"id":7,"name":"DGME","kind":"diaspora_institution","family":"actor"},"predicate":"part_of",
                      "object":{"id":9,"name":"Mali","kind":"state","family":"actor"},"confidence":1.0,"status":"accepted",
                      "evidence":[],"version":1,"createdBy":"curator","createdAt":"2026-01-01T10:00:00Z"}]""")),
            Map.entry("GET /api/v1/actors/7/timeline", new Answer(500, "application/problem+json", """
                    {"type":"urn:corridor:problem:internal","title":"Internal Server Error","status":500,"detail":"error id 42"}""")),
            Map.entry("GET /api/v1/actors/7/network", new Answer(200, JSON, """
                    {"centre":7,"depth":1,"nodes":[{"id":7,"label":"DGME","kind":"diaspora_institution","family":"actor","depth":0},
                                                   {"id":9,"label":"Mali","kind":"state","family":"actor","depth":1}],
                     "edges":[{"id":3,"source":7,"target":9,"predicate":"part_of","confidence":1.0,"status":"accepted"}]}""")),
            Map.entry("GET /api/v1/search", new Answer(200, JSON, "{\"items\":[{\"source\":\"document\",\"document\":" + DOCUMENT
                    + ",\"version\":2,\"rank\":0.5,\"snippet\":\"la <mark>DGME</mark>\",\"start\":10,\"end\":14}],"
                    + "\"page\":0,\"size\":20,\"total\":1,\"totalRelation\":\"eq\"}")));

    /** The actors the batch read knows; 9 was merged into 7, as its single read's 308 says. */
    static final Map<Long, String> ACTORS = Map.of(
            7L, actor(7, "Délégation générale des Maliens de l'extérieur", "MLI"),
            8L, actor(8, "Haut Conseil des Maliens de l'Extérieur", "MLI"));
    static final Map<Long, Long> MERGED = Map.of(9L, 7L);

    /** "METHOD path?query" of every request received, in order. */
    static final Queue<String> REQUESTS = new ConcurrentLinkedQueue<>();

    private HttpServer server;

    static String actor(long id, String name, String country) {
        return """
                {"id":%d,"key":"a%d","family":"actor","kind":"diaspora_institution","name":"%s","names":[{"name":"%s"}],"aliases":[],
                 "acronyms":["DGME"],"country":"%s","status":"accepted","version":1,"createdBy":"curator",
                 "createdAt":"2026-01-01T10:00:00Z"}""".formatted(id, id, name, name, country);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", ServiceStub::answer);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("corridor.document-service.url", url, "corridor.actor-service.url", url);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        REQUESTS.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
        String ids = query == null ? null : java.util.Arrays.stream(query.split("&")).filter(p -> p.startsWith("ids="))
                .map(p -> p.substring(4)).findFirst().orElse(null);
        boolean batch = exchange.getRequestMethod().equals("GET") && path.equals("/api/v1/actors") && ids != null;
        Answer a = batch ? batch(ids)
                : ROUTES.getOrDefault(exchange.getRequestMethod() + " " + path, new Answer(404, "application/problem+json",
                        "{\"type\":\"urn:corridor:problem:not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"no "
                                + path + "\"}"));
        exchange.getRequestBody().readAllBytes();
        if (a.status() == 308) {
            exchange.getResponseHeaders().add("Location", "http://localhost/api/v1/actors/7");
            exchange.sendResponseHeaders(308, -1);
            exchange.close();
            return;
        }
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", a.type());
        exchange.sendResponseHeaders(a.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** The live actors the ids name, by id (the stand-in has no names to sort by), in one page. */
    private static Answer batch(String ids) {
        List<String> found = Arrays.stream(ids.split(",")).map(Long::parseLong).map(id -> MERGED.getOrDefault(id, id))
                .distinct().sorted().map(ACTORS::get).filter(Objects::nonNull).toList();
        return new Answer(200, JSON, "{\"items\":[" + String.join(",", found) + "],\"page\":0,\"size\":100,\"total\":"
                + found.size() + "}");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
