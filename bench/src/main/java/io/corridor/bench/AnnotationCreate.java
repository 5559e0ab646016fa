package io.corridor.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.corridor.demo.Api;

/**
 * Issue #4, annotation create: {@code POST /api/v1/annotations/} through the gateway with a real
 * token (TextQuote + TextPosition selectors on a seeded document) against the same write raw over
 * JDBC. The floor does at the SQL level what the service's create does: in one transaction the
 * annotation row, its history row ({@code annotation_change}, action created, the JSON-LD as
 * {@code after}) and its event row ({@code annotation_event}, whose triggers take the document's
 * advisory lock, draw the id and NOTIFY), with the values the service stored for a template
 * annotation. Same closed loop, same concurrency, same document.
 */
public class AnnotationCreate implements Benchmark {

    static final String INSERT_ANNOTATION = """
            insert into annotation (id, document_id, version, motivation, body, target, exact, prefix, suffix, start_pos,
                end_pos, creator, visibility, teams, status, anchor_state, tags, actor_ids, revision, created_at,
                modified_at)
            values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?::text[], ?::bigint[], 0, now(),
                now())""";
    static final String INSERT_CHANGE = """
            insert into annotation_change (annotation_id, revision, action, actor, at, after)
            values (?, 0, 'created', ?, now(), ?::jsonb)""";
    static final String INSERT_EVENT = """
            insert into annotation_event (document_id, annotation_id, type, creator, visibility, teams, payload)
            values (?, ?, 'created', ?, ?, ?::text[], ?)""";

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String name() {
        return "annotation-create";
    }

    @Override
    public List<Figure> run(Target target, Scale scale) throws Exception {
        Api api = target.api();
        AnnotatedDocument.cleanUp(target);
        try (AnnotatedDocument document = AnnotatedDocument.seed(target, 4)) {
            AnnotatedDocument.Template template = document.template(api);
            AtomicLong n = new AtomicLong();
            StackCpu cpu = new StackCpu(target.stateDir());
            StackCpu.Window served = cpu.window();
            StackCpu.Window raw = cpu.window();
            Measurement gateway = Load.run("POST /api/v1/annotations/ through the gateway", scale.concurrency(),
                    scale.warmup(), scale.duration(), () -> document.post(api, "corridor-bench " + n.incrementAndGet()),
                    served);
            Measurement floor = rawInsert(target, scale, document.id, template, raw);
            Figure perCpu = StackCpu.perCpu("annotation-create-cpu", "annotation creates", "document-service", gateway,
                    served, floor, raw);
            return List.of(Figure.throughputRatio("annotation-create",
                    "annotation create through the gateway (real token, TextQuote + TextPosition selectors checked against "
                            + "the text) vs the same write raw over JDBC: annotation, history and event rows in one "
                            + "transaction, the event triggers' advisory lock and NOTIFY included (pgbench is not shipped "
                            + "with the embedded PostgreSQL, so the floor is a closed JDBC loop of the same statements at "
                            + "the same concurrency)",
                    gateway, floor, 0.3, String.format(Locale.ROOT, "p99 %.2f ms through the gateway, %.2f ms raw",
                            gateway.p99Ms(), floor.p99Ms()))
                    .ifMissed(String.format(Locale.ROOT, "p99 %.2f ms through the gateway, %.2f ms raw; what would move it: "
                            + "the service's CPU per create (two statements, the checks then the three rows in one, but "
                            + "its REST, session and JSON-LD work around them), and the gateway's token check and REST hop",
                            gateway.p99Ms(), floor.p99Ms())), perCpu);
        }
    }

    private static Measurement rawInsert(Target target, Scale scale, long documentId, AnnotatedDocument.Template t,
            StackCpu.Window cpu) throws Exception {
        try (PerThreadConnections connections = Database.perThreadInTransactions(target, "documents")) {
            return Load.run("annotation + history + event INSERTs raw over JDBC", scale.concurrency(), scale.warmup(),
                    scale.duration(), () -> {
                        Connection c = connections.get();
                        try {
                            insertCreated(c, documentId, t, UUID.randomUUID());
                            c.commit();
                            return true;
                        } catch (Exception failed) {
                            c.rollback();
                            throw failed;
                        }
                    }, cpu);
        }
    }

    /**
     * The rows of one create, as the service writes them (annotation, history, event; the event's triggers take the
     * document's advisory lock and NOTIFY {@code corridor_annotation_events}); the caller commits.
     */
    static void insertCreated(Connection c, long documentId, AnnotatedDocument.Template t, UUID id) throws SQLException {
        String json = t.jsonLdOf(id);
        try (PreparedStatement a = c.prepareStatement(INSERT_ANNOTATION);
                PreparedStatement h = c.prepareStatement(INSERT_CHANGE);
                PreparedStatement e = c.prepareStatement(INSERT_EVENT)) {
            int i = 0;
            a.setObject(++i, id);
            a.setLong(++i, documentId);
            a.setInt(++i, t.version());
            a.setString(++i, t.motivation());
            a.setString(++i, t.body());
            a.setString(++i, t.target());
            a.setString(++i, t.exact());
            a.setString(++i, t.prefix());
            a.setString(++i, t.suffix());
            a.setInt(++i, t.startPos());
            a.setInt(++i, t.endPos());
            a.setString(++i, t.creator());
            a.setString(++i, t.visibility());
            a.setString(++i, t.teams());
            a.setString(++i, t.status());
            a.setString(++i, t.anchorState());
            a.setString(++i, t.tags());
            a.setString(++i, t.actorIds());
            a.executeUpdate();
            h.setObject(1, id);
            h.setString(2, t.creator());
            h.setString(3, json);
            h.executeUpdate();
            e.setLong(1, documentId);
            e.setObject(2, id);
            e.setString(3, t.creator());
            e.setString(4, t.visibility());
            e.setString(5, t.teams());
            e.setString(6, json);
            e.executeUpdate();
        }
    }
}
