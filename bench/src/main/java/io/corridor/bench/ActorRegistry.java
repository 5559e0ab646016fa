package io.corridor.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;


import io.corridor.demo.Api;

/**
 * Issue #5: mention detection in MB/s over the corpus documents with the corpus's actors (loaded
 * through the API as ./corridor demo loads them) and again with the generated aliases seeded in
 * bulk, each against a naive scan for the same aliases over the same texts in this process
 * ({@link NaiveScan}); then the network at depth 2 on the generated relations, p95 through the
 * gateway against one recursive SQL query raw over JDBC. Whatever the bench added goes at the end.
 */
public class ActorRegistry implements Benchmark {

    /**
     * The floor of the network: the actors within {@code $2} relations of {@code $1} (either
     * direction) by one recursive query, then their relations, which is what the service assembles
     * ring by ring (one query per ring, then the nodes).
     */
    private static final String REACH = """
            with recursive reach(id, depth) as (
                select $1::bigint, 0
              union
                select case when r.subject_id = reach.id then r.object_id else r.subject_id end, reach.depth + 1
                  from reach join relation r on r.subject_id = reach.id or r.object_id = reach.id
                 where reach.depth < $2),
            nodes as (select id, min(depth) as depth from reach group by id)
            """;
    static final String NETWORK_NODES = REACH + """
            select a.id, a.name, a.kind, a.family, a.country, n.depth from nodes n join actor a on a.id = n.id
             where a.merged_into is null""";
    static final String NETWORK_EDGES = REACH + """
            select r.id, r.subject_id, r.object_id, r.predicate, r.start_date, r.end_date, r.confidence, r.status
              from relation r
             where r.subject_id in (select id from nodes where depth < $2) or r.object_id in (select id from nodes where depth < $2)
             order by r.start_from nulls last, r.id""";
    private static final int DEPTH = 2;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public List<Figure> run(Target target, Scale scale) throws Exception {
        CorpusText corpus = CorpusText.read(target);
        List<Figure> figures = new ArrayList<>();
        try (Connection c = Database.connect(target, "actors")) {
            ActorSeed.cleanUp(c, List.of());
        }
        try (CorpusActors loaded = CorpusActors.load(target); Connection c = Database.connect(target, "actors")) {
            figures.add(mentions(target, scale, c, corpus, "mentions-corpus-actors", "the corpus's actors"));

            long t0 = System.nanoTime();
            ActorSeed.Seeded seeded = ActorSeed.seed(c, scale.aliases(), scale.relations());
            System.out.printf("[bench]   %d aliases and %d relations seeded (%.1f s)%n", scale.aliases(), scale.relations(),
                    (System.nanoTime() - t0) / 1e9);
            figures.add(mentions(target, scale, c, corpus, "mentions-" + scale.aliases() + "-aliases",
                    scale.aliases() + " generated aliases plus the corpus's actors"));
            figures.add(network(target, scale, seeded));
        }
        return figures;
    }

    private static Figure mentions(Target target, Scale scale, Connection c, CorpusText corpus, String name,
            String aliasesWhat) throws Exception {
        Api api = target.api();
        List<String> names = liveNames(c);
        NaiveScan naive = new NaiveScan(names);
        List<CorpusText.Document> documents = corpus.documents();
        List<String> bodies = new ArrayList<>();
        for (CorpusText.Document d : documents) {
            bodies.add(Api.JSON.writeValueAsString(Map.of("text", d.text())));
        }
        primeAutomaton(target, bodies.getFirst());
        AtomicInteger next = new AtomicInteger();
        Measurement service = Load.units("POST /api/v1/actors/mentions through the gateway", scale.concurrency(),
                scale.warmup(), scale.duration(), () -> {
                    int i = Math.floorMod(next.getAndIncrement(), documents.size());
                    HttpResponse<String> r = api.send(api.request("/api/v1/actors/mentions")
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(bodies.get(i))).build());
                    return r.statusCode() == 200 ? (long) documents.get(i).bytes() : -1L;
                }).inMegabytes();
        Measurement floor = Load.units("naive scan: String.indexOf per alias over the folded text, in-process",
                scale.concurrency(), scale.warmup(), scale.duration(), () -> {
                    int i = Math.floorMod(next.getAndIncrement(), documents.size());
                    naive.mentions(documents.get(i).text());
                    return (long) documents.get(i).bytes();
                }).inMegabytes();
        return Figure.throughputRatio(name, "mention detection over the corpus documents (text sent in the request) "
                + "with " + aliasesWhat + " (" + names.size() + " names in the registry) through the gateway vs a naive "
                + "scan of the same names in-process", service, floor, null, "MB/s",
                "naive scan: " + naive.aliases() + " folded names, each String.indexOf over the case- and accent-folded "
                        + "text with word-boundary checks; the service runs one Aho-Corasick automaton");
    }

    private static Figure network(Target target, Scale scale, ActorSeed.Seeded seeded) throws Exception {
        Api api = target.api();
        List<Long> actors = seeded.actors();
        Random random = new Random(7);
        List<Long> centres = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            centres.add(actors.get(random.nextInt(actors.size())));
        }
        AtomicInteger next = new AtomicInteger();
        Measurement gateway = Load.run("GET /api/v1/actors/{id}/network?depth=2 through the gateway", scale.concurrency(),
                scale.warmup(), scale.duration(), () -> {
                    long centre = centres.get(Math.floorMod(next.getAndIncrement(), centres.size()));
                    HttpResponse<String> r = api.send(api.request("/api/v1/actors/" + centre + "/network?depth=" + DEPTH)
                            .GET().build());
                    return r.statusCode() == 200;
                });
        Measurement floor;
        try (PerThreadConnections connections = Database.perThread(target, "actors")) {
            floor = Load.run("recursive SQL raw over JDBC (nodes, then edges)", scale.concurrency(), scale.warmup(),
                    scale.duration(), () -> {
                        long centre = centres.get(Math.floorMod(next.getAndIncrement(), centres.size()));
                        Connection c = connections.get();
                        try (PreparedStatement nodes = Database.prepare(c, NETWORK_NODES, centre, DEPTH);
                                PreparedStatement edges = Database.prepare(c, NETWORK_EDGES, centre, DEPTH)) {
                            return Database.rows(nodes) > 0 && Database.rows(edges) >= 0;
                        }
                    });
        }
        return Figure.latencyRatio("network-depth-2", "network at depth 2 around a random generated actor among "
                + actors.size() + " actors and " + scale.relations() + " relations, JSON through the gateway vs a "
                + "recursive SQL query raw over JDBC (pgbench is not shipped with the embedded PostgreSQL, so the floor "
                + "is a JDBC loop of the query)", gateway, floor, null,
                "the service walks the network ring by ring (one query per ring, then the nodes)");
    }

    /**
     * After a change of names the first detection rebuilds the automaton; done here once, directly on
     * the actor-service (no gateway timeout), so that the measurement never includes it.
     */
    private static void primeAutomaton(Target target, String body) throws Exception {
        Api api = target.api();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            HttpResponse<String> r = api.send(api.request(target.actorService() + "/api/v1/actors/mentions")
                    .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
            if (r.statusCode() == 200) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("mention detection answered " + r.statusCode() + ": " + r.body());
            }
            Thread.sleep(1_000);
        }
    }

    /** The names the automaton is built from: every name of every actor not merged into another. */
    private static List<String> liveNames(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select n.name from actor_name n join actor a on a.id = n.actor_id where a.merged_into is null");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
