package io.corridor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts real PostgreSQL (binaries from Maven, no Docker) once per test JVM and points both the
 * reactive and the JDBC (Flyway) datasources at a fresh database of it.
 *
 * <p>Use it as {@code @QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))}
 * or through a {@code QuarkusTestProfile}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;
    private String database = "corridor";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres pg = server();
        createDatabase(pg, database);
        int port = pg.getPort();
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/" + database,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/" + database,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server lives as long as the JVM: Quarkus restarts the application per test profile,
        // and starting PostgreSQL again each time would only cost time. A shutdown hook stops it.
    }

    /** The shared server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; nothing useful left to do
                }
            }));
        }
        return server;
    }

    /** A connection to the test database, for tests that check what was stored. */
    public static Connection connect(String database) throws SQLException {
        return server().getDatabase("postgres", database).getConnection();
    }

    private static void createDatabase(EmbeddedPostgres pg, String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + name);
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (r.next()) {
                    // Each test profile restart gets the migrated schema back; drop to start clean.
                    s.execute("drop database " + name + " with (force)");
                }
            }
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
    }
}
