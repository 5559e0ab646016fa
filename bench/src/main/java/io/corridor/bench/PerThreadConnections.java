package io.corridor.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The JDBC connections of a floor's load: one per worker thread, opened on that thread's first call
 * (a connection that fails to open fails that call), all closed together when the floor is done.
 */
final class PerThreadConnections implements AutoCloseable {

    private final ConcurrentLinkedQueue<Connection> opened = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Connection> connection;

    PerThreadConnections(Target target, String database, boolean autoCommit) {
        connection = ThreadLocal.withInitial(() -> {
            try {
                Connection c = Database.connect(target, database);
                if (!autoCommit) {
                    c.setAutoCommit(false);
                }
                opened.add(c);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** This worker's connection. */
    Connection get() {
        return connection.get();
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : opened) {
            c.close();
        }
    }
}
