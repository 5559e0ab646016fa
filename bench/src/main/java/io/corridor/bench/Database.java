package io.corridor.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * Raw access to one of the stack's databases, for seeding in bulk and for the floors: the same
 * statements a service runs, over plain JDBC, with nothing of the service in between.
 */
final class Database {

    private static final Pattern DOLLAR = Pattern.compile("\\$(\\d+)");

    private Database() {
    }

    static Connection connect(Target target, String database) throws SQLException {
        return DriverManager.getConnection(target.jdbc(database), "corridor", "corridor");
    }

    /** Per-thread connections to {@code database} for a floor's load workers, closed together. */
    static PerThreadConnections perThread(Target target, String database) {
        return new PerThreadConnections(target, database, true);
    }

    /** The same, each connection in manual commit: the floor commits (or rolls back) itself. */
    static PerThreadConnections perThreadInTransactions(Target target, String database) {
        return new PerThreadConnections(target, database, false);
    }

    /**
     * A service's statement written with PostgreSQL's {@code $n} placeholders (the reactive
     * client's), prepared for JDBC: each {@code $n} becomes {@code ?} bound to the n-th argument, so
     * the text PostgreSQL plans is the service's, parameter for parameter.
     */
    static PreparedStatement prepare(Connection c, String dollarSql, Object... args) throws SQLException {
        Matcher m = DOLLAR.matcher(dollarSql);
        List<Object> bound = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            bound.add(args[Integer.parseInt(m.group(1)) - 1]);
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        PreparedStatement ps = c.prepareStatement(sql.toString());
        for (int i = 0; i < bound.size(); i++) {
            if (bound.get(i) == null) {
                ps.setNull(i + 1, java.sql.Types.NULL); // untyped, as the reactive client sends a null
            } else {
                ps.setObject(i + 1, bound.get(i));
            }
        }
        return ps;
    }

    /** Runs a prepared statement and counts the rows it answered, reading every column as a client would. */
    static long rows(PreparedStatement ps) throws SQLException {
        long n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        }
        return n;
    }

    static long longValue(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * The first of {@code count} consecutive ids no service will hand out: the services' Hibernate
     * sequences step by 50 and each call allocates a block, so the bench moves the sequence past a
     * range of its own, with a margin of blocks on both sides for calls racing with this one.
     */
    static long reserveIds(Connection c, String sequence, long count) throws SQLException {
        long current = longValue(c, "select nextval('" + sequence + "')");
        long first = current + 1_000;
        longValue(c, "select setval('" + sequence + "', " + (first + count + 1_000) + ")");
        return first;
    }

    /** COPY ... FROM STDIN of rows already in COPY's text format. */
    static long copy(Connection c, String copySql, byte[] rows) throws SQLException, IOException {
        return c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new ByteArrayInputStream(rows));
    }

    /** One COPY text-format row: tabs between fields, \N for null, backslash escapes. */
    static void row(StringBuilder out, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object f = fields[i];
            if (f == null) {
                out.append("\\N");
                continue;
            }
            String s = f.toString();
            for (int k = 0; k < s.length(); k++) {
                char ch = s.charAt(k);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }

    static byte[] utf8(StringBuilder rows) {
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A text document with one version, written as the document-service stores one (document, version, original),
     * for benchmarks that need one without timing its upload; answers its id.
     */
    static long insertTextDocument(Target target, String title, String kind, String creator, String tag, String fileName,
            String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (Connection c = connect(target, "documents")) {
            long id = reserveIds(c, "document_seq", 1);
            long versionId = reserveIds(c, "document_version_seq", 1);
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement("insert into document (id, title, kind, language, created_by, "
                    + "tags, latest_version) values (?, ?, ?, 'fr', ?, ?::text[], 1)");
                    PreparedStatement v = c.prepareStatement("insert into document_version (id, document_id, n, sha256, "
                            + "media_type, file_name, size, text, text_length, language, created_by) "
                            + "values (?, ?, 1, ?, 'text/plain', ?, ?, ?, ?, 'fr', ?)");
                    PreparedStatement o = c.prepareStatement(
                            "insert into document_original (version_id, bytes) values (?, ?)")) {
                d.setLong(1, id);
                d.setString(2, title + " " + id);
                d.setString(3, kind);
                d.setString(4, creator);
                d.setString(5, "{" + tag + "}");
                d.executeUpdate();
                v.setLong(1, versionId);
                v.setLong(2, id);
                v.setString(3, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
                v.setString(4, fileName + "-" + id + ".txt");
                v.setLong(5, bytes.length);
                v.setString(6, text);
                v.setInt(7, text.codePointCount(0, text.length()));
                v.setString(8, creator);
                v.executeUpdate();
                o.setLong(1, versionId);
                o.setBytes(2, bytes);
                o.executeUpdate();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
            return id;
        }
    }
}
