package io.corridor.e2e.document;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.corridor.testing.ServerSentEvents;
import io.corridor.testing.ServerSentEvents.Event;

/**
 * Live events across two running document-service processes: the stack's own (replica A, port
 * 28081) and a second one this test starts from the same jar with the same environment on port
 * 28091 (replica B). Both share only the PostgreSQL database; what one writes must reach a
 * subscriber of the other through LISTEN/NOTIFY, and the viewers of both meet in one presence list.
 */
@ExtendWith(Stack.class)
class LiveEventsEndToEndTest {

    static final int REPLICA_B_PORT = 28091;
    static final String REPLICA_A = Stack.DOCUMENT_SERVICE;
    static final String REPLICA_B = "http://localhost:" + REPLICA_B_PORT;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANNOTATION_TYPE = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    private static Process replicaB;

    @BeforeAll
    static void startReplicaB() throws Exception {
        Path root = Path.of(System.getProperty("corridor.root", "..")).toAbsolutePath().normalize();
        Path jar = root.resolve("document-service/target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), jar + " is missing: install the document-service first");
        Path log = Path.of(System.getProperty("corridor.state.dir", "target/stack")).toAbsolutePath()
                .resolve("document-service-replica-b.log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        if (Runtime.version().feature() >= 23) { // as ./corridor starts services
            command.add(1, "--sun-misc-unsafe-memory-access=allow");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the environment ./corridor gives the stack's document-service, on another port
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(REPLICA_B_PORT));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", Stack.ISSUER);
        env.put("CORRIDOR_PUBLIC_URL", Stack.GATEWAY);
        env.put("QUARKUS_REST_CLIENT_ACTOR_SERVICE_URL", Stack.ACTOR_SERVICE);
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + Stack.POSTGRES_PORT + "/documents");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + Stack.POSTGRES_PORT + "/documents");
        env.put("QUARKUS_DATASOURCE_USERNAME", "corridor");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "corridor");
        replicaB = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            if (!replicaB.isAlive()) {
                fail("replica B exited during start-up; log: " + log + "\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(REPLICA_B + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                fail("replica B not ready within 5 minutes; log: " + log);
            }
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopReplicaB() throws Exception {
        if (replicaB != null) {
            replicaB.destroy();
            if (!replicaB.waitFor(30, TimeUnit.SECONDS)) {
                replicaB.destroyForcibly();
            }
        }
    }

    @Test
    void anAnnotationWrittenOnOneReplicaReachesASubscriberOfTheOther() throws Exception {
        String marker = "live" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long document = upload("annotator", "La coopération migratoire entre le Mali et l'Union européenne "
                + "porte sur la réadmission et le retour. Repère " + marker + ".\n");

        try (Sse onB = Sse.open(REPLICA_B, "annotator2", document); Sse onA = Sse.open(REPLICA_A, "annotator", document)) {
            // presence crosses processes: B's subscriber sees A's viewer, A's subscriber sees B's
            onB.awaitViewers(List.of("annotator", "annotator2"));
            onA.awaitViewers(List.of("annotator", "annotator2"));

            // written on replica A, by a user whose private note annotator2 may not see
            String hidden = create(REPLICA_A, "annotator", document, "la réadmission", "private", "note privée");
            String shared = create(REPLICA_A, "annotator", document, "le retour", "public", "à suivre");

            Event created = onB.nextAnnotationEvent();
            assertEquals("created", created.type());
            assertEquals(Stack.GATEWAY + shared, JSON.readTree(created.data()).path("id").asText(),
                    "the first event annotator2 receives on replica B is the public annotation, never the private one");
            assertEquals("à suivre", JSON.readTree(created.data()).path("body").path(0).path("value").asText());

            // the writer's own subscription on replica A gets both, in commit order
            assertEquals(Stack.GATEWAY + hidden, JSON.readTree(onA.nextAnnotationEvent().data()).path("id").asText());
            assertEquals(Stack.GATEWAY + shared, JSON.readTree(onA.nextAnnotationEvent().data()).path("id").asText());

            // a reconnect to the other replica with Last-Event-ID replays what was missed there
            try (Sse again = Sse.open(REPLICA_A, "annotator2", document, "0")) {
                Event replayed = again.nextAnnotationEvent();
                assertEquals(created.id(), replayed.id());
            }

            // A's viewer leaves: B's subscriber learns it
            onA.close();
            onB.awaitViewers(List.of("annotator2"));
        }
    }

    private static long upload(String user, String text) {
        Number id = given().auth().oauth2(Tokens.of(user))
                .multiPart("file", "live.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("title", "Live events across replicas")
                .when().post(REPLICA_A + "/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** Creates a commenting annotation on the quote through the given replica; answers its path. */
    private static String create(String replica, String user, long document, String quote, String visibility, String comment) {
        var body = JSON.createObjectNode().put("@context", "http://www.w3.org/ns/anno.jsonld").put("type", "Annotation")
                .put("motivation", "commenting").put("visibility", visibility);
        body.putArray("body").addObject().put("type", "TextualBody").put("value", comment).put("purpose", "commenting");
        var target = body.putObject("target").put("source", Stack.GATEWAY + "/api/v1/documents/" + document);
        target.putArray("selector").addObject().put("type", "TextQuoteSelector").put("exact", quote);
        return given().auth().oauth2(Tokens.of(user)).contentType(ANNOTATION_TYPE).body(body.toString())
                .when().post(replica + "/api/v1/annotations/")
                .then().statusCode(201).extract().header("Location");
    }

    /** A subscriber of one replica's events; test-support's reader parses the stream as EventSource does. */
    static final class Sse implements AutoCloseable {

        private final ServerSentEvents events;

        private Sse(InputStream body) {
            this.events = ServerSentEvents.read(body);
        }

        static Sse open(String replica, String user, long document) throws Exception {
            return open(replica, user, document, null);
        }

        static Sse open(String replica, String user, long document, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replica + "/api/v1/documents/" + document + "/events"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + Tokens.of(user));
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                fail("events of " + replica + ": " + response.statusCode() + " "
                        + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            return new Sse(response.body());
        }

        Event nextAnnotationEvent() {
            return events.next("annotation event", e -> e.comment() == null && !"presence".equals(e.type()), PATIENCE);
        }

        void awaitViewers(List<String> names) throws Exception {
            while (true) {
                JsonNode data = JSON.readTree(events.next("presence", e -> "presence".equals(e.type()), PATIENCE).data());
                List<String> viewers = new ArrayList<>();
                data.path("viewers").forEach(v -> viewers.add(v.path("name").asText()));
                if (viewers.equals(names)) {
                    return;
                }
            }
        }

        @Override
        public void close() {
            events.close();
        }
    }
}
