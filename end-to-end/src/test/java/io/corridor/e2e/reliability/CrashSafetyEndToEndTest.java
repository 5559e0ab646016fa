package io.corridor.e2e.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Acknowledged writes survive crashes: annotation creates stream in from several users through the gateway
 * while the document-service, then PostgreSQL, is killed with SIGKILL (no shutdown hook, no checkpoint) and
 * started again. Afterwards every create that was answered 201 must read back as it was sent; creates that
 * failed during an outage are the clients' to retry and are only counted. The figures go to
 * target/reliability/crash-safety.txt (docs/reliability.md "Crash safety").
 */
@ExtendWith(Stack.class)
class CrashSafetyEndToEndTest {

    static final String API = Stack.GATEWAY + "/api/v1";
    static final String LD_JSON = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    static final List<String> WRITERS = List.of("annotator", "annotator2", "curator");
    /** Acknowledged creates each phase waits for: enough that the stream really runs before and after a crash. */
    static final int ACKS_PER_PHASE = 30;
    static final String CORPUS_FILE = "communique-mali-ue-dialogue-migration-2016.txt";

    /** A create the platform answered 201: what was sent, and where it says it stored it. */
    record Ack(String user, String location, String comment, String exact, int start, int end, int phase) {
    }

    record Passage(String exact, int start, int end) {
    }

    final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger phase = new AtomicInteger();
    final AtomicBoolean running = new AtomicBoolean(true);
    final String run = "crash-" + Long.toString(System.nanoTime(), 36);

    @Test
    void everyAcknowledgedCreateSurvivesKilledServiceAndKilledDatabase() throws Exception {
        long document = upload();
        String text = new String(given().auth().oauth2(Tokens.of("reader")).when().get(API + "/documents/" + document + "/text")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<Passage> passages = passages(text);
        assertTrue(passages.size() > 20, "the corpus document has passages to annotate");
        for (String user : WRITERS) {
            Tokens.of(user); // tokens are fetched before Keycloak's database goes away
        }

        List<Thread> writers = new ArrayList<>();
        List<String> restarted = new ArrayList<>();
        int[] acksAfter = new int[3];
        try {
            for (String user : WRITERS) {
                writers.add(Thread.ofPlatform().name("writer-" + user).start(() -> write(user, document, passages)));
            }
            awaitAcks(0, ACKS_PER_PHASE);

            // Round 1: the service that owns the annotations dies mid-stream.
            phase.set(1);
            Stack.kill("document-service");
            Stack.start("document-service");
            awaitAcks(1, ACKS_PER_PHASE);

            // Round 2: the database dies with every connection of every service and of Keycloak.
            phase.set(2);
            Stack.kill("postgres");
            Stack.start("postgres");
            restarted.addAll(Health.recover());
            awaitAcks(2, ACKS_PER_PHASE);
        } finally {
            running.set(false);
            for (Thread t : writers) {
                t.join();
            }
            Health.ensureAllReady(); // the next test class gets the stack as this one found it
        }
        for (Ack a : acks) {
            acksAfter[a.phase()]++;
        }

        List<String> lost = new ArrayList<>();
        for (Ack a : acks) {
            String problem = check(a, document);
            if (problem != null) {
                lost.add(problem);
            }
        }
        String figures = String.format("""
                crash safety (%s): %d writers, %d creates acknowledged (%d before any crash, %d after the
                document-service was killed, %d after PostgreSQL was killed), %d failed during outages,
                2 rounds survived, acknowledged creates lost or changed: %d; restarted after PostgreSQL came back: %s
                """, run, WRITERS.size(), acks.size(), acksAfter[0], acksAfter[1], acksAfter[2], failures.get(), lost.size(),
                restarted.isEmpty() ? "none" : String.join(", ", restarted));
        Files.createDirectories(Path.of("target/reliability"));
        Files.writeString(Path.of("target/reliability/crash-safety.txt"), figures);
        System.out.print(figures);
        assertEquals(List.of(), lost, "acknowledged creates lost or changed");
    }

    /** The corpus file itself, as a document: an upload of the same bytes answers the one already stored. */
    static long upload() throws IOException {
        Path corpus = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"));
        byte[] bytes = Files.readAllBytes(corpus.resolve(CORPUS_FILE));
        // setup, not a contract check: the validator cannot read multipart bodies
        Response r = given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart("file", CORPUS_FILE, bytes, "text/plain; charset=UTF-8").when().post(API + "/documents");
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, () -> "upload: " + r.asString());
        return r.jsonPath().getLong("id");
    }

    /** Passages of one line each, 30 to 60 characters, with their code-point positions in the text. */
    static List<Passage> passages(String text) {
        List<Passage> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}[^\\n]{28,58}\\p{L}").matcher(text);
        while (m.find()) {
            int start = text.codePointCount(0, m.start());
            found.add(new Passage(m.group(), start, start + m.group().codePointCount(0, m.group().length())));
        }
        return found;
    }

    /** One user's stream of creates; outage answers (5xx, refused connections, no token) are counted, not retried. */
    void write(String user, long document, List<Passage> passages) {
        int n = 0;
        while (running.get()) {
            Passage p = passages.get(ThreadLocalRandom.current().nextInt(passages.size()));
            String comment = run + " " + user + " " + n++;
            int during = phase.get();
            try {
                // Without the contract filter: what the gateway answers while a part is down is counted, not validated.
                Response r = given().noFilters().auth().oauth2(Tokens.of(user)).contentType(LD_JSON)
                        .body(annotation(document, p, comment)).when().post(API + "/annotations/");
                if (r.statusCode() == 201) {
                    acks.add(new Ack(user, r.header("Location"), comment, p.exact(), p.start(), p.end(), during));
                } else {
                    failures.incrementAndGet();
                    pause(250);
                }
            } catch (Throwable e) { // NOSONAR: a refused connection or a token Keycloak could not issue
                failures.incrementAndGet();
                pause(250);
            }
            pause(100); // under the gateway's 600 requests a minute per user
        }
    }

    static Map<String, Object> annotation(long document, Passage p, String comment) {
        return Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "type", "Annotation", "motivation", "commenting",
                "body", List.of(Map.of("type", "TextualBody", "value", comment, "format", "text/plain", "purpose", "commenting")),
                "target", Map.of("source", API + "/documents/" + document, "selector", List.of(
                        Map.of("type", "TextQuoteSelector", "exact", p.exact()),
                        Map.of("type", "TextPositionSelector", "start", p.start(), "end", p.end()))));
    }

    /** Waits until the stream has had this many creates acknowledged in this phase (bounded: a dead stack fails). */
    void awaitAcks(int inPhase, int count) {
        for (int i = 0; i < 1800; i++) {
            if (acks.stream().filter(a -> a.phase() == inPhase).count() >= count) {
                return;
            }
            pause(200);
        }
        throw new AssertionError("the writes did not resume in phase " + inPhase + ": " + failures.get() + " failures");
    }

    /** Null if the acknowledged create reads back as sent, else what is wrong with it. */
    static String check(Ack a, long document) {
        String url = a.location().startsWith("http") ? a.location() : Stack.GATEWAY + a.location();
        Response r = given().auth().oauth2(Tokens.of(a.user())).accept(LD_JSON).when().get(url);
        if (r.statusCode() != 200) {
            return a.location() + " answered " + r.statusCode();
        }
        JsonPath json = r.jsonPath();
        Object body = json.get("body");
        Object first = body instanceof List<?> list && !list.isEmpty() ? list.get(0) : body;
        boolean intact = first instanceof Map<?, ?> b && a.comment().equals(b.get("value"))
                && (API + "/documents/" + document).equals(json.getString("target.source"))
                && a.exact().equals(json.getString("target.selector.find { it.type == 'TextQuoteSelector' }.exact"))
                && a.start() == json.getInt("target.selector.find { it.type == 'TextPositionSelector' }.start")
                && a.end() == json.getInt("target.selector.find { it.type == 'TextPositionSelector' }.end");
        return intact ? null : a.location() + " differs from what was sent: " + r.asString();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
