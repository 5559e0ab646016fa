package io.corridor.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.demo.Api;
import io.corridor.remittance.repository.ObservationRepository;

/**
 * Issue #6: a generated World Bank bulk CSV imported through the gateway (streamed, parsed,
 * validated, staged, turned into observations and their first revisions), in rows (observations)
 * per second, against COPY of the same rows into tables of the same shape (columns, defaults,
 * checks, unique indexes and the foreign key between them) in the same database; the remittance-
 * service's resident memory and heap at their peak during the import (the issue asks for bounded
 * memory); then the series query p95 against the service's statements raw over JDBC.
 */
public class IndicatorImport implements Benchmark {

    private static final String COPY_OBSERVATION = "bench_copy_observation";
    private static final String COPY_REVISION = "bench_copy_revision";
    private static final String FILE_PREFIX = "bench-wdi-";
    private static final int SERIES_PAGE = 100;

    // --- The statements of ObservationService#list as the series floor: the service's own ObservationRepository#list,
    // --- IndicatorRepository#findById (Hibernate's select, written out here) only when the page is empty (a page
    // --- with observations proves the indicator exists), and #count only when the page is full.
    private static final String INDICATOR = "select * from indicator where code = $1";

    /** What the service does beyond COPY, and so what would move the ratio when it falls short. */
    static final String REMEDY = "the service parses and validates every cell, COPYs each row into a temporary staging "
            + "table where the whole file is checked (unknown indicators, repeated keys), then INSERT ... SELECT into "
            + "observation and revision (straight for indicators new to the source, a merge matching the natural key for "
            + "known ones, so that a re-import changes nothing), and the file crosses the gateway; what would move it: "
            + "COPY straight into the tables for new indicators, with the file's checks done another way";

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String name() {
        return "indicators";
    }

    @Override
    public List<Figure> run(Target target, Scale scale) throws Exception {
        Api api = target.api();
        String run = Long.toString(System.currentTimeMillis(), 36);
        WorldBankCsv warm = new WorldBankCsv(run + "W", 64 * 20);
        WorldBankCsv csv = new WorldBankCsv(run, scale.importRows());
        Path dir = Files.createTempDirectory("corridor-bench");
        Path warmFile = dir.resolve(FILE_PREFIX + run + "-warmup.csv");
        Path file = dir.resolve(FILE_PREFIX + run + ".csv");
        warm.write(warmFile);
        csv.write(file);
        List<Figure> figures = new ArrayList<>();
        try (Connection c = Database.connect(target, "remittances")) {
            cleanUp(c);
            Load.each("warm-up import", 1, List.of(warmFile), f -> importFile(api, f, warm.observations()));
            Measurement gateway;
            double rssBefore;
            double heapBefore;
            double peakRss;
            double peakHeap;
            try (MemorySampler memory = new MemorySampler(target, "remittance-service", target.remittanceService())) {
                rssBefore = memory.rssMiB();
                heapBefore = memory.heapMiB();
                gateway = Load.each("POST /api/v1/indicators/imports through the gateway", 1, List.of(file),
                        f -> importFile(api, f, csv.observations()));
                memory.close();
                peakRss = memory.peakRssMiB();
                peakHeap = memory.peakHeapMiB();
            }
            Measurement floor = copyFloor(c, csv, warm, file);
            figures.add(Figure.throughputRatio("import-wb-csv-rows",
                    "import of a generated World Bank bulk CSV (" + csv.observations() + " observations, "
                            + String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6) + ") through the gateway vs "
                            + "COPY of the same rows into tables of the same shape (observation and revision, with their "
                            + "indexes and foreign key) over JDBC",
                    gateway, floor, 0.5, "rows/s", null).ifMissed(REMEDY));
            String before = String.format(Locale.ROOT, "before the import: %.0f MiB resident, %.0f MiB heap; file %.1f MB",
                    rssBefore, heapBefore, Files.size(file) / 1e6);
            if (!Double.isNaN(peakRss)) {
                figures.add(Figure.quantity("import-peak-rss-remittance-service",
                        "peak resident memory of the remittance-service (process group) during the import",
                        Measurement.value("remittance-service", peakRss), "MiB", before));
            }
            if (!Double.isNaN(peakHeap)) {
                figures.add(Figure.quantity("import-peak-heap-remittance-service",
                        "peak JVM heap in use in the remittance-service during the import (sampled every 200 ms)",
                        Measurement.value("remittance-service", peakHeap), "MiB", before));
            }
            figures.addAll(series(target, scale, csv));
        } finally {
            try (Connection c = Database.connect(target, "remittances")) {
                cleanUp(c);
            }
            Files.deleteIfExists(warmFile);
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        return figures;
    }

    private static long importFile(Api api, Path file, long expected) throws Exception {
        HttpResponse<String> r = api.send(api.request("/api/v1/indicators/imports?format=wb-csv&createIndicators=true"
                + "&fileName=" + Api.encode(file.getFileName().toString())).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            System.out.println("[bench]   import answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(500, r.body().length())));
            return -1;
        }
        JsonNode report = Api.JSON.readTree(r.body());
        if (report.path("new").asLong() != expected) {
            System.out.println("[bench]   import created " + report.path("new") + " of " + expected + ": " + r.body());
            return -1;
        }
        return expected;
    }

    /** COPY of the same observations into two tables shaped like the service's, in one transaction. */
    private static Measurement copyFloor(Connection c, WorldBankCsv csv, WorldBankCsv warm, Path file) throws Exception {
        Database.execute(c, "create table " + COPY_OBSERVATION + " (like observation including defaults including "
                + "constraints including indexes, foreign key (indicator_code) references indicator (code))");
        Database.execute(c, "create table " + COPY_REVISION + " (like observation_revision including defaults including "
                + "constraints including indexes, foreign key (observation_id) references " + COPY_OBSERVATION + " (id))");
        List<byte[]>[] warmRows = warm.copyRows(1, "curator", file.getFileName().toString());
        copy(c, warmRows, warm.observations());
        Database.execute(c, "truncate " + COPY_REVISION + ", " + COPY_OBSERVATION);
        List<byte[]>[] rows = csv.copyRows(1, "curator", file.getFileName().toString());
        return Load.each("COPY of the same rows over JDBC", 1, List.<List<byte[]>[]>of(rows),
                r -> copy(c, r, csv.observations()));
    }

    private static long copy(Connection c, List<byte[]>[] rows, long expected) throws Exception {
        c.setAutoCommit(false);
        try {
            long copied = copyIn(c, "copy " + COPY_OBSERVATION + " (id, indicator_code, country, counterpart, period, "
                    + "period_start, period_end, sex, source, kind) from stdin", rows[0]);
            copyIn(c, "copy " + COPY_REVISION + " (id, observation_id, revision, value, status, release, released_on, "
                    + "recorded_by, file_name, file_row) from stdin", rows[1]);
            c.commit();
            return copied == expected ? copied : -1;
        } catch (Exception e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static long copyIn(Connection c, String sql, List<byte[]> chunks) throws Exception {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        for (byte[] chunk : chunks) {
            in.writeToCopy(chunk, 0, chunk.length);
        }
        return in.endCopy();
    }

    private static List<Figure> series(Target target, Scale scale, WorldBankCsv csv) throws Exception {
        Api api = target.api();
        String code = csv.indicator(0);
        int countries = Math.min(csv.lines, csv.countries.size());
        AtomicInteger next = new AtomicInteger();
        StackCpu cpu = new StackCpu(target.stateDir());
        StackCpu.Window served = cpu.window();
        StackCpu.Window raw = cpu.window();
        Measurement gateway = Load.run("GET /api/v1/indicators/{code}/observations?country= through the gateway",
                scale.concurrency(), scale.warmup(), scale.duration(), () -> {
                    String country = csv.country(Math.floorMod(next.getAndIncrement(), countries));
                    HttpResponse<String> r = api.send(api.request("/api/v1/indicators/" + code + "/observations?country="
                            + country + "&size=" + SERIES_PAGE).GET().build());
                    return r.statusCode() == 200;
                }, served);
        Measurement floor;
        try (PerThreadConnections connections = Database.perThread(target, "remittances")) {
            floor = Load.run("page SQL (the indicator when the page is empty, count when it is full) raw over JDBC", scale.concurrency(), scale.warmup(),
                    scale.duration(), () -> {
                        String country = csv.country(Math.floorMod(next.getAndIncrement(), countries));
                        Connection c = connections.get();
                        Object[] filter = {null, code, country, null, null, null, null, null, null, SERIES_PAGE, 0L};
                        try (PreparedStatement page = Database.prepare(c, ObservationRepository.LIST, filter)) {
                            long rows = Database.rows(page);
                            if (rows == 0) {
                                try (PreparedStatement indicator = Database.prepare(c, INDICATOR, code)) {
                                    Database.rows(indicator);
                                }
                                return false;
                            }
                            if (rows == SERIES_PAGE) {
                                try (PreparedStatement count = Database.prepare(c, ObservationRepository.COUNT, filter)) {
                                    Database.rows(count);
                                }
                            }
                            return rows == WorldBankCsv.YEARS;
                        }
                    }, raw);
        }
        Figure perCpu = StackCpu.perCpu("series-query-cpu", "one country's series of " + WorldBankCsv.YEARS + " years",
                "remittance-service", gateway, served, floor, raw);
        return List.of(Figure.latencyRatio("series-query-p95", "one country's series of " + WorldBankCsv.YEARS + " years among "
                + csv.observations() + " observations, through the gateway vs the service's statements raw over JDBC "
                + "(pgbench is not shipped with the embedded PostgreSQL, so the floor is a JDBC loop of the same SQL)",
                gateway, floor, null, perCpu.note()), perCpu);
    }

    /** Everything a bench run imported (made-up BENCH.* indicators only) and the floor's tables. */
    private static void cleanUp(Connection c) throws Exception {
        Database.execute(c, "drop table if exists " + COPY_REVISION);
        Database.execute(c, "drop table if exists " + COPY_OBSERVATION);
        Database.execute(c, "delete from observation_revision where observation_id in "
                + "(select id from observation where indicator_code like 'BENCH.%')");
        Database.execute(c, "delete from observation where indicator_code like 'BENCH.%'");
        Database.execute(c, "delete from import where file_name like '" + FILE_PREFIX + "%'");
        Database.execute(c, "delete from indicator where code like 'BENCH.%'");
    }
}
