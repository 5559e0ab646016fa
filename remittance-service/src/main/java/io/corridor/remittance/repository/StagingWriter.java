package io.corridor.remittance.repository;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

import io.corridor.remittance.mapping.Attributes;
import io.corridor.remittance.mapping.StagedRow;

/**
 * Streams validated rows into the import's staging table with PostgreSQL {@code COPY}, in chunks
 * of about a megabyte: the file is never held in memory, and COPY is the fastest way in.
 */
public final class StagingWriter implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);
    private long rows;

    StagingWriter(CopyIn copy) {
        this.copy = copy;
    }

    public void write(StagedRow r) throws SQLException {
        // The key's text fields are validated codes (no quotes or commas); an empty unquoted value is NULL in COPY csv.
        buffer.append(r.row()).append(',').append(r.indicator()).append(',').append(r.country()).append(",\"")
                .append(r.counterpart()).append("\",").append(r.period().text()).append(',').append(r.period().start())
                .append(',').append(r.period().end()).append(',').append(r.sex().name()).append(',')
                .append(r.value() == null ? "" : r.value().toPlainString()).append(',').append(r.status().name());
        Attributes a = r.attributes();
        text(a.footnote());
        text(a.typeOfData());
        text(a.notes());
        buffer.append(',');
        if (a.unitMult() != null) {
            buffer.append(a.unitMult().intValue());
        }
        text(a.unitMeasure());
        buffer.append('\n');
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    /** A text cell of COPY csv: quoted with its quotes doubled, or nothing (NULL). */
    private void text(String value) {
        buffer.append(',');
        if (value != null) {
            buffer.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }

    public long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** Sends what is left and ends the COPY. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            flush();
            copy.endCopy();
        }
    }

    /** Abandons the COPY (the transaction is rolled back anyway). */
    public void cancel() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
