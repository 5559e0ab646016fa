package io.corridor.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;

import io.corridor.demo.Api;
import io.corridor.document.repository.AnnotationQueries;

/**
 * Issue #4, listing: the 1,000 annotations of one document as the web client asks for them
 * ({@code GET /api/v1/annotations/?document=ID&size=1000}, the collection with its first page
 * embedded) through the gateway, against the statement the service runs for it raw over JDBC: its page
 * statement with the document filter ({@link AnnotationQueries}'s constants: one row more than the page,
 * so that a page that is not full needs no count, as here). The annotations are copies, made in
 * SQL, of one created through the gateway: rows exactly as the service stores them, one millisecond
 * apart. A second figure compares CPU per listing, whatever shares the two cores: the document-service
 * with its PostgreSQL against PostgreSQL alone in the floor.
 */
public class AnnotationListing implements Benchmark {

    /** AnnotationQueries#list with the document filter only ($1 caller, $2 teams, $3 document, $4 limit, $5 offset). */
    static final String PAGE_SQL = "select " + AnnotationQueries.COLUMNS + " " + AnnotationQueries.VISIBLE
            + AnnotationQueries.ON_DOCUMENT + AnnotationQueries.ORDER + " limit $4 offset $5";

    @Override
    public int order() {
        return 61;
    }

    @Override
    public String name() {
        return "annotation-list";
    }

    @Override
    public List<Figure> run(Target target, Scale scale) throws Exception {
        int count = scale == Scale.TINY ? 100 : 1_000;
        Api api = target.api();
        AnnotatedDocument.cleanUp(target);
        try (AnnotatedDocument document = AnnotatedDocument.seed(target, 5)) {
            AnnotatedDocument.Template t = document.template(api);
            try (Connection c = Database.connect(target, "documents");
                    PreparedStatement copies = c.prepareStatement("""
                            insert into annotation (id, document_id, version, motivation, body, target, exact, prefix,
                                suffix, start_pos, end_pos, creator, visibility, teams, status, anchor_state, tags,
                                actor_ids, generator, revision, created_at, modified_at)
                            select gen_random_uuid(), document_id, version, motivation, body, target, exact, prefix,
                                suffix, start_pos, end_pos, creator, visibility, teams, status, anchor_state, tags,
                                actor_ids, generator, revision, created_at + g * interval '1 millisecond',
                                modified_at + g * interval '1 millisecond'
                            from annotation cross join generate_series(1, ?) g where id = ?""")) {
                copies.setInt(1, count - 1);
                copies.setObject(2, t.id());
                copies.executeUpdate();
                Database.execute(c, "analyze annotation");
            }
            String path = "/api/v1/annotations/?document=" + document.id + "&size=" + count;
            int listed = Api.expect(api.send(api.request(path).GET().build()), 200).path("first").path("items").size();
            if (listed != count) {
                throw new IllegalStateException(path + " listed " + listed + " annotations, not " + count);
            }
            StackCpu cpu = new StackCpu(target.stateDir());
            StackCpu.Window listing = cpu.window();
            Measurement gateway = Load.run("GET " + path.replace(String.valueOf(document.id), "ID")
                    + " through the gateway", scale.concurrency(), scale.warmup(), scale.duration(), () -> {
                        HttpResponse<String> r = api.send(api.request(path).GET().build());
                        return r.statusCode() == 200;
                    }, listing);
            String teams = t.teams().replaceAll("^\\{|\\}$", "");
            String[] callerTeams = teams.isEmpty() ? new String[0] : teams.split(",");
            StackCpu.Window raw = cpu.window();
            Measurement floor = rawSql(target, scale, t.creator(), callerTeams, document.id, count, raw);
            Figure cpuFigure = StackCpu.perCpu("annotation-list-cpu", "listings of " + count + " annotations",
                    "document-service", gateway, listing, floor, raw);
            return List.of(Figure.latencyRatio("annotation-list-" + count,
                    "listing the " + count + " annotations of one document through the gateway (collection with the "
                            + "first page embedded, JSON-LD) vs the service's page statement (a row more than the page: "
                            + "no count when it is not full) raw over JDBC (a JDBC loop of the same SQL: pgbench is not "
                            + "shipped with the embedded PostgreSQL)",
                    gateway, floor, null, String.format(Locale.ROOT, "p50 %.2f ms / p95 %.2f ms through the gateway, "
                            + "%.2f / %.2f ms raw; %s", gateway.p50Ms(), gateway.p95Ms(), floor.p50Ms(), floor.p95Ms(),
                            cpuFigure.note())), cpuFigure);
        }
    }

    private static Measurement rawSql(Target target, Scale scale, String caller, String[] teams, long documentId,
            int count, StackCpu.Window cpu) throws Exception {
        try (PerThreadConnections connections = Database.perThread(target, "documents")) {
            return Load.run("page SQL raw over JDBC", scale.concurrency(), scale.warmup(), scale.duration(), () -> {
                Connection c = connections.get();
                java.sql.Array array = c.createArrayOf("text", teams);
                try (PreparedStatement page = Database.prepare(c, PAGE_SQL, caller, array, documentId, count + 1, 0L)) {
                    return Database.rows(page) == count;
                }
            }, cpu);
        }
    }
}
