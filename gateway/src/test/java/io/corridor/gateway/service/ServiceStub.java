package io.corridor.gateway.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for the document-service and the actor-service (the gateway's
 * tests run without them), answering a few fixed routes; the remittance-service stays on a closed
 * port. What the composite views do with the answers, and with the missing service, is what the
 * tests check. Routes are keyed by method and path; any other path answers 404 problem, as a
 * service does for something that does not exist.
 */
public class ServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String JSON = "application/json";
    static final String JSON_LD = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    /** method + path → status, media type, body. */
    record Answer(int status, String type, String body) {
    }

    static final String DOCUMENT = """
            {"id":1,"title":"Communiqué conjoint","authors":["Gouvernement du Mali"],"date":"2016-12-11","kind":"official_communique",
             "language":"fr","tags":["mali"],"version":{"n":2,"sha256":"ab","mediaType":"text/plain","fileName":"communique.txt",
             "size":120,"textLength":118,"noTextLayer":false,"createdBy":"annotator","createdAt":"2026-01-02T10:00:00Z"},
             "createdBy":"annotator","createdAt":"2026-01-01T10:00:00Z","updatedAt":"2026-01-02T10:00:00Z"}""";

    static final Map<String, Answer> ROUTES = Map.ofEntries(
            Map.entry("GET /api/v1/documents/1", new Answer(200, JSON, DOCUMENT)),
            Map.entry("GET /api/v1/documents/1/versions", new Answer(200, JSON, """
                    [{"n":1,"sha256":"aa","mediaType":"text/plain","fileName":"communique.txt","size":100,"textLength":98,"noTextLayer":false},
                     {"n":2,"sha256":"ab","mediaType":"text/plain","fileName":"communique.txt","size":120,"textLength":118,"noTextLayer":false}]""")),
            Map.entry("GET /api/v1/documents/1/pages", new Answer(200, JSON, "[]")),
            // the annotations of document 1, or those citing actor 7: one container serves both
            Map.entry("GET /api/v1/annotations/", new Answer(200, JSON_LD, """
                    {"@context":"http://www.w3.org/ns/anno.jsonld","id":"http://localhost:8080/api/v1/annotations/?document=1",
                     "type":["BasicContainer","AnnotationCollection"],"total":3,
                     "first":{"type":"AnnotationPage","startIndex":0,"items":[
                       {"id":"http://localhost:8080/api/v1/annotations/0b5e","type":"Annotation","motivation":"identifying",
                        "body":{"type":"SpecificResource","source":"http://localhost:8080/api/v1/actors/7","purpose":"identifying"},
                        "target":{"source":"http://localhost:8080/api/v1/documents/1"}},
                       {"id":"http://localhost:8080/api/v1/annotations/1c2d","type":"Annotation","motivation":"commenting",
                        "body":{"type":"TextualBody","value":"à vérifier","purpose":"commenting"},
                        "target":{"source":"http://localhost:8080/api/v1/documents/1"}},
                       {"id":"http://localhost:8080/api/v1/annotations/2e3f","type":"Annotation","motivation":["identifying"],
                        "body":["http://localhost:8080/api/v1/actors/8"],
                        "target":{"source":"http://localhost:8080/api/v1/documents/1"}}]}}""")),
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
                    [{"id":3,"subject":{"id":7,"name":"DGME"},"predicate":"part_of","object":{"id":9,"name":"Mali"},
                      "confidence":1.0,"status":"accepted","version":1}]""")),
            Map.entry("GET /api/v1/actors/7/timeline", new Answer(500, "application/problem+json", """
                    {"type":"urn:corridor:problem:internal","title":"Internal Server Error","status":500,"detail":"error id 42"}""")),
            Map.entry("GET /api/v1/actors/7/network", new Answer(200, JSON, """
                    {"centre":7,"depth":1,"nodes":[{"id":7,"label":"DGME","depth":0},{"id":9,"label":"Mali","depth":1}],
                     "edges":[{"id":3,"source":7,"target":9,"predicate":"part_of"}]}""")),
            Map.entry("GET /api/v1/search", new Answer(200, JSON, "{\"items\":[{\"source\":\"document\",\"document\":" + DOCUMENT
                    + ",\"version\":2,\"rank\":0.5,\"snippet\":\"la <mark>DGME</mark>\",\"start\":10,\"end\":14}],"
                    + "\"page\":0,\"size\":20,\"total\":1}")));

    private HttpServer server;

    static String actor(long id, String name, String country) {
        return "{\"id\":" + id + ",\"key\":\"a" + id + "\",\"family\":\"actor\",\"kind\":\"diaspora_institution\",\"name\":\"" + name
                + "\",\"acronyms\":[\"DGME\"],\"country\":\"" + country + "\",\"status\":\"accepted\",\"version\":1}";
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
        return Map.of("quarkus.rest-client.document-service.url", url, "quarkus.rest-client.actor-service.url", url);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Answer a = ROUTES.getOrDefault(exchange.getRequestMethod() + " " + path, new Answer(404, "application/problem+json",
                "{\"type\":\"urn:corridor:problem:not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"no " + path + "\"}"));
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

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
