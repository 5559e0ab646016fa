package io.corridor.document.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.testing.ServerSentEvents.Event;
import io.corridor.document.Annotation;
import io.corridor.document.live.AnnotationEvents;
import io.corridor.document.live.EventChannel;
import io.corridor.document.live.EventRetention;
import io.corridor.testing.PostgresResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The live event stream through the real HTTP endpoint. Events are written here by a JDBC connection
 * of the test, not by the service: exactly what another replica's write looks like to this one (a
 * row and a NOTIFY committed by another process's connection), so every delivery below went through
 * PostgreSQL's LISTEN/NOTIFY and the event log, never through memory.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
class DocumentEventResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Inject
    EventRetention retention;

    @Inject
    AnnotationEvents events;

    @Test
    @TestSecurity(user = "alice", roles = "reader")
    void eventWrittenElsewhereReachesTheStreamWithItsIdTypeAndData() throws Exception {
        long document = document();
        try (EventStream stream = open(document, Map.of())) {
            assertEquals(200, stream.status, stream.errorBody);
            assertTrue(stream.contentType.startsWith("text/event-stream"), stream.contentType);
            awaitViewers(stream, List.of("alice"));
            String payload = annotationJson("first live one\nwith a second line");
            long id = insertEvent(document, "created", "bob", "public", List.of(), payload);
            Event event = stream.nextAnnotationEvent();
            assertEquals(String.valueOf(id), event.id());
            assertEquals("created", event.type());
            assertEquals(JSON.readTree(payload), JSON.readTree(event.data()));
            long deleted = insertEvent(document, "deleted", "bob", "public", List.of(), "{\"id\":\"http://x/a\"}");
            Event gone = stream.nextAnnotationEvent();
            assertEquals(String.valueOf(deleted), gone.id());
            assertEquals("deleted", gone.type());
            assertEquals("http://x/a", JSON.readTree(gone.data()).path("id").asText());
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader", augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "analysts"))
    void aSubscriberReceivesOnlyWhatItMaySee() throws Exception {
        long document = document();
        try (EventStream stream = open(document, Map.of())) {
            awaitViewers(stream, List.of("alice"));
            insertEvent(document, "created", "bob", "private", List.of("analysts"), annotationJson("bob private"));
            insertEvent(document, "created", "bob", "team", List.of("lawyers"), annotationJson("other team"));
            long team = insertEvent(document, "created", "bob", "team", List.of("analysts", "lawyers"), annotationJson("shared"));
            long own = insertEvent(document, "updated", "alice", "private", List.of(), annotationJson("alice private"));
            long open = insertEvent(document, "created", "carol", "public", List.of(), annotationJson("public"));
            assertEquals(List.of(team, own, open), ids(stream, 3));
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader", augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "analysts"))
    void aReplyReachesOnlySubscribersWhoMaySeeItsThread() throws Exception {
        long document = document();
        try (EventStream stream = open(document, Map.of())) {
            awaitViewers(stream, List.of("alice"));
            // a public reply to an annotation of another team, and one to an annotation of alice's team
            insertEvent(document, "created", "bob", "public", List.of(), annotationJson("reply to lawyers"),
                    "[{\"creator\":\"carol\",\"visibility\":\"team\",\"teams\":[\"lawyers\"]}]");
            insertEvent(document, "created", "bob", "public", List.of(), annotationJson("reply up a hidden thread"),
                    "[{\"creator\":\"bob\",\"visibility\":\"public\",\"teams\":[]},"
                            + "{\"creator\":\"carol\",\"visibility\":\"private\",\"teams\":[\"analysts\"]}]");
            long seen = insertEvent(document, "created", "bob", "public", List.of(), annotationJson("reply to analysts"),
                    "[{\"creator\":\"carol\",\"visibility\":\"team\",\"teams\":[\"analysts\"]}]");
            long plain = insertEvent(document, "created", "bob", "public", List.of(), annotationJson("passage"));
            assertEquals(List.of(seen, plain), ids(stream, 2));
        }
        // replay filters the same way
        try (EventStream stream = open(document, Map.of("Last-Event-ID", "0"))) {
            List<Long> replayed = ids(stream, 2);
            assertEquals(2, replayed.size());
            assertTrue(replayed.getLast() > replayed.getFirst());
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader")
    void lastEventIdReplaysWhatWasMissedThenFollowsWithoutDuplicates() throws Exception {
        long document = document();
        long first = insertEvent(document, "created", "bob", "public", List.of(), annotationJson("one"));
        long second = insertEvent(document, "updated", "bob", "public", List.of(), annotationJson("two"));
        long hidden = insertEvent(document, "created", "bob", "private", List.of(), annotationJson("hidden"));
        long third = insertEvent(document, "deleted", "bob", "public", List.of(), "{\"id\":\"http://x/1\"}");
        try (EventStream stream = open(document, Map.of("Last-Event-ID", String.valueOf(first)))) {
            assertEquals(List.of(second, third), ids(stream, 2));
            long fourth = insertEvent(document, "created", "bob", "public", List.of(), annotationJson("four"));
            assertEquals(List.of(fourth), ids(stream, 1));
        }
        assertTrue(hidden > first);
        // the browser's first connection cannot set the header: the query parameter does the same
        try (EventStream stream = open(document, "?lastEventId=" + second, Map.of())) {
            assertEquals(third, ids(stream, 1).getFirst());
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader")
    void replayCoversTheRetentionWindowOnly() throws Exception {
        long document = document();
        long old = insertEvent(document, "created", "bob", "public", List.of(), annotationJson("old"));
        long recent = insertEvent(document, "created", "bob", "public", List.of(), annotationJson("recent"));
        try (Connection c = PostgresResource.connect("documents"); Statement s = c.createStatement()) {
            s.executeUpdate("update annotation_event set at = now() - interval '2 hours' where id = " + old);
        }
        try (EventStream stream = open(document, Map.of("Last-Event-ID", "0"))) {
            assertEquals(List.of(recent), ids(stream, 1));
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader")
    void aWriteRecordedInTheServiceTransactionIsSentOnlyIfItCommits() throws Throwable {
        long document = document();
        try (EventStream stream = open(document, Map.of())) {
            awaitViewers(stream, List.of("alice"));
            Annotation failed = annotation(document, "bob", "public");
            try {
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> events
                        .record(AnnotationEvents.CREATED, failed, annotationJson("rolled back"))
                        .invoke(() -> {
                            throw new IllegalStateException("the write fails after recording its event");
                        })));
            } catch (IllegalStateException expected) {
                // the transaction rolled back
            }
            Annotation kept = annotation(document, "bob", "public");
            String json = annotationJson("kept");
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> events.record(AnnotationEvents.UPDATED, kept, json)));
            Event event = stream.nextAnnotationEvent();
            assertEquals("updated", event.type());
            assertEquals(JSON.readTree(json), JSON.readTree(event.data()));
            try (Connection c = PostgresResource.connect("documents"); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select annotation_id from annotation_event where document_id = " + document)) {
                r.next();
                assertEquals(kept.id, r.getObject(1));
                assertTrue(!r.next(), "no row of the rolled-back write");
            }
        }
    }

    @Test
    void retentionDeletesEventsOlderThanTheWindow() throws Exception {
        long document = document();
        long old = insertEvent(document, "created", "bob", "public", List.of(), annotationJson("old"));
        long recent = insertEvent(document, "created", "bob", "public", List.of(), annotationJson("recent"));
        try (Connection c = PostgresResource.connect("documents"); Statement s = c.createStatement()) {
            s.executeUpdate("update annotation_event set at = now() - interval '61 minutes' where id = " + old);
            retention.prune().await().atMost(EventStream.PATIENCE);
            try (ResultSet r = s.executeQuery("select id from annotation_event where document_id = " + document)) {
                List<Long> left = new ArrayList<>();
                while (r.next()) {
                    left.add(r.getLong(1));
                }
                assertEquals(List.of(recent), left);
            }
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader")
    void aRolledBackWriteSendsNothing() throws Exception {
        long document = document();
        try (EventStream stream = open(document, Map.of())) {
            awaitViewers(stream, List.of("alice"));
            try (Connection c = PostgresResource.connect("documents")) {
                c.setAutoCommit(false);
                insertEvent(c, document, "created", "bob", "public", List.of(), annotationJson("never"));
                c.rollback();
            }
            long kept = insertEvent(document, "created", "bob", "public", List.of(), annotationJson("kept"));
            assertEquals(List.of(kept), ids(stream, 1));
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader")
    void idsFollowCommitOrderWithinADocument() throws Exception {
        long document = document();
        long other = document();
        try (Connection first = PostgresResource.connect("documents");
                Connection second = PostgresResource.connect("documents")) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            long firstId = insertEvent(first, document, "created", "bob", "public", List.of(), annotationJson("a"));
            // a write on another document does not wait
            insertEvent(other, "created", "bob", "public", List.of(), annotationJson("elsewhere"));
            CompletableFuture<Long> secondId = CompletableFuture.supplyAsync(() -> {
                try {
                    long id = insertEvent(second, document, "created", "bob", "public", List.of(), annotationJson("b"));
                    second.commit();
                    return id;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitAdvisoryLockWaiter();
            assertTrue(!secondId.isDone(), "the second writer of the document waits for the first to commit");
            first.commit();
            assertTrue(secondId.get(EventStream.PATIENCE.toSeconds(), TimeUnit.SECONDS) > firstId);
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader")
    void aMissingOrDeletedDocumentAnswers404AndABadLastEventId400() throws Exception {
        try (EventStream stream = open(987654321L, Map.of())) {
            assertEquals(404, stream.status);
            assertTrue(stream.contentType.startsWith("application/problem+json"), stream.contentType);
        }
        long document = document();
        try (Connection c = PostgresResource.connect("documents"); Statement s = c.createStatement()) {
            s.executeUpdate("update document set deleted_at = now(), deleted_by = 'curator' where id = " + document);
        }
        try (EventStream stream = open(document, Map.of())) {
            assertEquals(404, stream.status);
        }
        try (EventStream stream = open(document(), Map.of("Last-Event-ID", "yesterday"))) {
            assertEquals(400, stream.status);
            assertTrue(stream.errorBody.contains("Last-Event-ID"), stream.errorBody);
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "annotator")
    void readersOnly() throws Exception {
        try (EventStream stream = open(document(), Map.of())) {
            assertEquals(403, stream.status);
        }
        // the role is checked before the document: no probing for which documents exist
        try (EventStream stream = open(987654321L, Map.of())) {
            assertEquals(403, stream.status);
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader")
    void keepAliveCommentsKeepAnIdleStreamOpen() throws Exception {
        try (EventStream stream = open(document(), Map.of())) {
            assertEquals("keep-alive", stream.next(e -> e.comment() != null).comment());
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader", augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "expires-in", value = "3"))
    void theStreamEndsWhenTheTokenExpires() throws Exception {
        try (EventStream stream = open(document(), Map.of())) {
            assertEquals(200, stream.status, stream.errorBody);
            stream.awaitEnd();
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader", augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "analysts"))
    void presenceNamesOnlyTheViewersTheSubscriberMaySee() throws Exception {
        long document = document();
        try (EventStream stream = open(document, Map.of())) {
            awaitViewers(stream, List.of("alice"));
            // viewers on another replica: one of another team, one sharing a team, one without any
            notifyPresence("replica-c", document, Map.of("bob", List.of("lawyers"), "carol", List.of("lawyers", "analysts"),
                    "dave", List.of()), false);
            awaitViewers(stream, List.of("alice", "carol"));
            notifyPresence("replica-c", document, Map.of("bob", List.of("lawyers")), false);
            awaitViewers(stream, List.of("alice"));
            // a notice of names alone (no teams) names no one this subscriber may see
            notifyPresence("replica-d", document, List.of("erin"), false);
            notifyPresence("replica-c", document, Map.of("carol", List.of("analysts")), false);
            List<String> seen = awaitViewers(stream, names -> names.contains("carol"));
            assertEquals(List.of("alice", "carol"), seen);
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader", augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "analysts"))
    void presenceJoinsTheViewersOfEveryReplicaAndForgetsASilentOne() throws Exception {
        long document = document();
        try (Connection listener = PostgresResource.connect("documents")) {
            try (Statement s = listener.createStatement()) {
                s.execute("listen " + EventChannel.PRESENCE);
            }
            try (EventStream stream = open(document, Map.of())) {
                awaitViewers(stream, List.of("alice"));
                // another replica's first viewer of the document asks the others to announce theirs
                notifyPresence("replica-b", document, Map.of("bob", List.of("analysts")), true);
                awaitViewers(stream, List.of("alice", "bob"));
                JsonNode answer = awaitNotice(listener, document, n -> !n.path("replica").asText().equals("replica-b")
                        && !n.path("ask").asBoolean());
                assertEquals(List.of("alice"), texts(answer.path("viewers").findValues("name")));
                assertEquals(List.of("analysts"), texts(answer.path("viewers").path(0).path("teams")));
                // replica-b never speaks again: after three heartbeats it is gone
                awaitViewers(stream, List.of("alice"));
            }
            // and this replica announces that its viewer left
            JsonNode left = awaitNotice(listener, document, n -> n.path("viewers").isEmpty());
            assertNotEquals("replica-b", left.path("replica").asText());
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "reader")
    void afterTheListenConnectionIsLostTheStreamCatchesUp() throws Exception {
        long document = document();
        try (EventStream stream = open(document, Map.of())) {
            awaitViewers(stream, List.of("alice"));
            int before = listenBackend();
            long missed;
            try (Connection c = PostgresResource.connect("documents"); Statement s = c.createStatement()) {
                s.execute("select pg_terminate_backend(" + before + ")");
                // written while this replica is not listening (it waits 2 s before reconnecting in tests)
                missed = insertEvent(c, document, "created", "bob", "public", List.of(), annotationJson("missed"));
            }
            assertEquals(List.of(missed), ids(stream, 1));
            assertNotEquals(before, listenBackend());
        }
    }

    // ---- helpers

    private EventStream open(long document, Map<String, String> headers) {
        return open(document, "", headers);
    }

    private EventStream open(long document, String query, Map<String, String> headers) {
        return EventStream.open(URI.create(base.toString()).resolve("/api/v1/documents/" + document + "/events" + query),
                headers);
    }

    private static List<Long> ids(EventStream stream, int count) {
        List<Long> ids = new ArrayList<>();
        while (ids.size() < count) {
            ids.add(Long.parseLong(stream.nextAnnotationEvent().id()));
        }
        return ids;
    }

    private static void awaitViewers(EventStream stream, List<String> names) throws Exception {
        awaitViewers(stream, names::equals);
    }

    /** The viewers of the first presence event they satisfy. */
    private static List<String> awaitViewers(EventStream stream, java.util.function.Predicate<List<String>> wanted)
            throws Exception {
        while (true) {
            Event event = stream.next(e -> "presence".equals(e.type()));
            assertEquals(null, event.id(), "presence events have no id");
            JsonNode data = JSON.readTree(event.data());
            List<String> viewers = new ArrayList<>();
            data.path("viewers").forEach(v -> viewers.add(v.path("name").asText()));
            if (wanted.test(viewers)) {
                return viewers;
            }
        }
    }

    private static List<String> texts(Iterable<JsonNode> array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static JsonNode awaitNotice(Connection listener, long document, java.util.function.Predicate<JsonNode> wanted)
            throws Exception {
        long deadline = System.nanoTime() + EventStream.PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            PGNotification[] notes = listener.unwrap(PGConnection.class).getNotifications(500);
            if (notes != null) {
                for (PGNotification note : notes) {
                    JsonNode notice = JSON.readTree(note.getParameter());
                    if (notice.path("documentId").asLong() == document && wanted.test(notice)) {
                        return notice;
                    }
                }
            }
        }
        throw new AssertionError("no such presence notice within " + EventStream.PATIENCE);
    }

    /** Another replica's viewers, with their teams, as replicas announce them. */
    private static void notifyPresence(String replica, long document, Map<String, List<String>> viewers, boolean ask)
            throws Exception {
        var notice = JSON.createObjectNode().put("replica", replica).put("documentId", document).put("ask", ask);
        var list = notice.putArray("viewers");
        viewers.forEach((name, teams) -> {
            var viewer = list.addObject().put("name", name);
            teams.forEach(viewer.putArray("teams")::add);
        });
        send(notice);
    }

    /** A notice of names alone, as an older replica might send. */
    private static void notifyPresence(String replica, long document, List<String> viewers, boolean ask) throws Exception {
        var notice = JSON.createObjectNode().put("replica", replica).put("documentId", document).put("ask", ask);
        viewers.forEach(notice.putArray("viewers")::add);
        send(notice);
    }

    private static void send(JsonNode notice) throws Exception {
        try (Connection c = PostgresResource.connect("documents");
                PreparedStatement s = c.prepareStatement("select pg_notify(?, ?)")) {
            s.setString(1, EventChannel.PRESENCE);
            s.setString(2, notice.toString());
            s.execute();
        }
    }

    /** The backend pid of the service's LISTEN connection, once it is connected. */
    private static int listenBackend() throws Exception {
        long deadline = System.nanoTime() + EventStream.PATIENCE.toNanos();
        try (Connection c = PostgresResource.connect("documents");
                PreparedStatement s = c.prepareStatement("select pid from pg_stat_activity where application_name = ?")) {
            s.setString(1, EventChannel.APPLICATION_NAME);
            while (System.nanoTime() < deadline) {
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return r.getInt(1);
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the service has no LISTEN connection");
    }

    private static void awaitAdvisoryLockWaiter() throws Exception {
        long deadline = System.nanoTime() + EventStream.PATIENCE.toNanos();
        try (Connection c = PostgresResource.connect("documents"); Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet r = s.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the second writer never waited");
    }

    private static Annotation annotation(long document, String creator, String visibility) {
        Annotation a = new Annotation();
        a.id = UUID.randomUUID();
        a.documentId = document;
        a.creator = creator;
        a.visibility = visibility;
        a.teams = new String[0];
        return a;
    }

    static long document() throws SQLException {
        try (Connection c = PostgresResource.connect("documents"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        insert into document (id, title, created_by, created_at, updated_at)
                        values (nextval('document_seq'), 'Live document', 'test', now(), now()) returning id""")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The same row an annotation write leaves, committed by a connection that is not the service's. */
    static long insertEvent(long document, String type, String creator, String visibility, List<String> teams,
            String payload) throws SQLException {
        try (Connection c = PostgresResource.connect("documents")) {
            return insertEvent(c, document, type, creator, visibility, teams, payload);
        }
    }

    static long insertEvent(long document, String type, String creator, String visibility, List<String> teams,
            String payload, String thread) throws SQLException {
        try (Connection c = PostgresResource.connect("documents")) {
            return insertEvent(c, document, type, creator, visibility, teams, payload, thread);
        }
    }

    static long insertEvent(Connection c, long document, String type, String creator, String visibility,
            List<String> teams, String payload) throws SQLException {
        return insertEvent(c, document, type, creator, visibility, teams, payload, "[]");
    }

    /** With the audiences of a reply's thread, as AnnotationEvents writes them. */
    static long insertEvent(Connection c, long document, String type, String creator, String visibility,
            List<String> teams, String payload, String thread) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into annotation_event (document_id, annotation_id, type, creator, visibility, teams, payload, thread)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id""")) {
            s.setString(8, thread);
            s.setLong(1, document);
            s.setObject(2, UUID.randomUUID());
            s.setString(3, type);
            s.setString(4, creator);
            s.setString(5, visibility);
            s.setArray(6, c.createArrayOf("text", teams.toArray()));
            s.setString(7, payload);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static String annotationJson(String comment) {
        var annotation = JSON.createObjectNode()
                .put("@context", "http://www.w3.org/ns/anno.jsonld")
                .put("id", "http://localhost:8080/api/v1/annotations/" + UUID.randomUUID())
                .put("type", "Annotation");
        annotation.putObject("body").put("type", "TextualBody").put("value", comment);
        return annotation.toString();
    }
}
